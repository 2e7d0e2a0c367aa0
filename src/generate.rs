//! A deterministic generator of realistic `GetImItems` responses, for tests, benchmarks
//! and the `ews-im gen` command.
//!
//! [`write_get_im_items`] streams one SOAP response with the requested number of IM groups
//! and personas to any [`std::io::Write`]. Nothing but a small staging buffer (64 KiB) and
//! the fields of the persona being written is held in memory, so documents of any size
//! can be produced. The same [`GenOptions`] always give the same bytes; the generator uses
//! its own SplitMix64 generator, so the output does not change with the platform, the
//! standard library or the crate's dependencies.
//!
//! What the documents look like:
//!
//! * [`Style::Server`] is the shape Exchange itself sends: an `s:` envelope, the
//!   `h:ServerVersionInfo` header (with `xmlns:h`, a default namespace and the unused
//!   `xsd`/`xsi` declarations), `s:Body` re-declaring `xsi`/`xsd`, an unprefixed
//!   `GetImItemsResponse` with a default messages namespace, and `Groups` and `Personas`
//!   each re-declaring the default namespace to the types namespace. [`Style::Prefixed`] is
//!   the client-library shape: `m:`/`t:` declared once on the envelope.
//! * Only the `http://` EWS namespaces are written, children follow the schema order,
//!   ids are shaped like real Exchange store ids (base64 of the binary id layout, 80
//!   characters for a `PersonaId`, 152 or 196 for item ids, 120 for folder ids, sharing
//!   the mailbox GUID prefix like real ids do) and change keys like real change keys.
//! * Personas are about 3.7 KB each pretty-printed (2.2 KB compact): ids, names, e-mail
//!   and IM addresses, 1–3 attributions and the attributed values that refer to them, phone
//!   numbers and one extended property (`PR_DISPLAY_NAME`, `0x3001`). About 20 % of the
//!   names are written as raw non-ASCII UTF-8 (accented Latin, Greek, Cyrillic, CJK,
//!   Hangul, Vietnamese) and about 5 % carry a character written as a reference
//!   (`R&amp;D Team`, `O&apos;Brien`, `Ren&#233;e`, `&quot;Bob&quot;`, `&lt;External&gt;`).
//! * Groups follow the Lync layout: `Other Contacts`, `Favorites` and `Tagged` first, then
//!   user groups; each has an `ExchangeStoreId`, 0–8 distinct `MemberCorrelationKey` ids
//!   (the `SourceId`s of listed personas' first attribution, so the keys resolve) and the
//!   `0x3001` extended property.
//!
//! Every text is escaped, every document is well-formed and parses with [`crate::parse`].
//!
//! ```
//! use ews_im::generate::{get_im_items, GenOptions, Style};
//! use ews_im::{parse, Body, Bump};
//!
//! let opts = GenOptions { groups: 3, personas: 10, seed: 7, style: Style::Server, pretty: true };
//! let xml = get_im_items(&opts);
//! let arena = Bump::new();
//! let response = parse(&xml, &arena)?;
//! let Body::GetImItems(items) = response.body() else { panic!("not GetImItems") };
//! let list = items.im_item_list().unwrap();
//! assert_eq!(list.groups().unwrap().len(), 3);
//! assert_eq!(list.personas().unwrap().len(), 10);
//! # Ok::<(), ews_im::Error>(())
//! ```

use std::io::{self, Write};

use crate::{EWS_MESSAGES, EWS_TYPES, SOAP_ENVELOPE};

const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
const XSD: &str = "http://www.w3.org/2001/XMLSchema";

/// The staging buffer is handed to the writer whenever it grows past this many bytes.
const FLUSH_AT: usize = 64 * 1024;

/// How the namespaces of the generated document are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    /// Exactly as Exchange writes it: `s:Envelope`, `h:ServerVersionInfo`, unprefixed
    /// EWS elements whose default namespace is switched on `GetImItemsResponse`
    /// (messages) and again on `Groups` and `Personas` (types), self-closing tags written
    /// as `<X />`, `EmailAddresses` items named `EmailAddress` (as in the server samples).
    #[default]
    Server,
    /// Client-library style: `s:`, `m:` and `t:` declared once on the envelope and used
    /// everywhere, self-closing tags written as `<X/>`, `EmailAddresses` items named
    /// `Address` (as in the schema).
    Prefixed,
}

/// What to generate. The same options always give byte-identical output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenOptions {
    /// Number of `ImGroup` elements.
    pub groups: usize,
    /// Number of `Persona` elements.
    pub personas: usize,
    /// Seed of the pseudo-random generator; different seeds give different documents.
    pub seed: u64,
    /// Namespace style.
    pub style: Style,
    /// Indent like the server samples (a newline and 3 spaces per level before every
    /// tag that starts a line). `false` writes no whitespace between tags at all.
    pub pretty: bool,
}

impl Default for GenOptions {
    /// 4 groups, 16 personas, seed 0, [`Style::Server`], pretty.
    fn default() -> Self {
        GenOptions { groups: 4, personas: 16, seed: 0, style: Style::Server, pretty: true }
    }
}

/// Writes a whole `GetImItems` SOAP response to `out`, streaming, and returns the number of
/// bytes written. `out` is flushed at the end.
///
/// Output goes to `out` in chunks of about 64 KiB, so wrapping a file or stdout in a
/// `BufWriter` is not needed (but does no harm). An error of `out` stops the generation
/// and is returned as is.
pub fn write_get_im_items<W: Write>(out: &mut W, opts: &GenOptions) -> io::Result<u64> {
    let mut g = Gen::new(out, opts);
    g.document()?;
    g.flush()?;
    g.out.flush()?;
    Ok(g.written)
}

/// The whole document of [`write_get_im_items`] in memory (for benchmarks and tests).
pub fn get_im_items(opts: &GenOptions) -> Vec<u8> {
    let mut v = Vec::with_capacity(opts.personas.saturating_mul(3600).min(1 << 30) + 4096);
    // Writing to a Vec cannot fail.
    let _ = write_get_im_items(&mut v, opts);
    v
}

// ------------------------------------------------------------------------------------------
// Pseudo-random numbers

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and good enough for test data.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// Uniform in `0..n` (`n > 0`), by multiply-shift.
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    fn fill(&mut self, bytes: &mut [u8]) {
        for chunk in bytes.chunks_mut(8) {
            let r = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&r[..chunk.len()]);
        }
    }
}

/// The SplitMix64 finaliser: a good 64-bit mixing function.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// An independent generator for (seed, purpose, index): lets a group refer to a persona's
/// id before the persona is written.
fn keyed(seed: u64, purpose: u64, index: u64) -> Rng {
    Rng(mix(seed ^ mix(purpose.wrapping_mul(0xD6E8_FEB8_6659_FD93) ^ mix(index))))
}

// ------------------------------------------------------------------------------------------
// Data pools

/// A name and the ASCII alias used for its e-mail address ("" = derive from the name).
type Name = (&'static str, &'static str);

const ASCII_GIVEN: &[&str] = &[
    "Al",
    "Bo",
    "Ed",
    "Eve",
    "Ian",
    "Kim",
    "Amy",
    "Lee",
    "Tony",
    "Anna",
    "Omar",
    "Ravi",
    "Yuki",
    "Liam",
    "Noah",
    "Emma",
    "Ava",
    "Mia",
    "Ella",
    "Priya",
    "Aisha",
    "Diego",
    "Lucia",
    "Marco",
    "Olga",
    "Sven",
    "Pavel",
    "Kwame",
    "Chen",
    "Mei",
    "Wei",
    "Ethan",
    "Mason",
    "Logan",
    "Lucas",
    "Grace",
    "Harper",
    "Olivia",
    "Sophia",
    "Carlos",
    "Fatima",
    "Ingrid",
    "Tomasz",
    "Nkechi",
    "Giulia",
    "Pieter",
    "Anouk",
    "Rajesh",
    "Desmond",
    "Quentin",
    "Rebecca",
    "Gregory",
    "Natalie",
    "Hiroshi",
    "Deepika",
    "Zachary",
    "Isabella",
    "Jonathan",
    "Samantha",
    "Mohammed",
    "Theodore",
    "Penelope",
    "Alexander",
    "Christina",
    "Catherine",
    "Mary-Kate",
    "Jean-Luc",
    "Christopher",
    "Maximilian",
    "Bartholomew",
    "Evangeline",
    "Montgomery",
];

const ASCII_SURNAMES: &[&str] = &[
    "Ng",
    "Wu",
    "Li",
    "Fox",
    "Lee",
    "Kim",
    "Sato",
    "Park",
    "Chen",
    "Cohen",
    "Kolar",
    "Bolte",
    "Smith",
    "Jones",
    "Brown",
    "Novak",
    "Singh",
    "Rossi",
    "Patel",
    "Taylor",
    "Wilson",
    "Nguyen",
    "Garcia",
    "Tanaka",
    "Suzuki",
    "Okafor",
    "Mensah",
    "Horvat",
    "Kapoor",
    "Haddad",
    "Schmidt",
    "Bianchi",
    "Andersen",
    "Hoffmann",
    "Friedman",
    "Yamamoto",
    "Kowalski",
    "Johansson",
    "Hernandez",
    "Rodriguez",
    "Fitzgerald",
    "Abernathy",
    "Vanderbilt",
    "Oyelaran",
    "Blackwood",
    "Thornbury",
    "Lindqvist",
    "Delacroix",
    "Papadakis",
    "MacAllister",
    "Castellanos",
    "Ramachandran",
    "Wojciechowski",
    "Featherstonehaugh",
    "Van der Berg",
    "de la Cruz",
    "Montgomery-Wainwright",
];

/// A naming culture whose surnames all contain non-ASCII letters.
struct Culture {
    given: &'static [Name],
    surnames: &'static [Name],
    /// Display name "Surname Given" (East Asian order).
    last_first: bool,
}

const CULTURES: &[Culture] = &[
    Culture {
        given: &[
            ("Jürgen", "juergen"),
            ("Jörg", "joerg"),
            ("Hans", "hans"),
            ("Uwe", "uwe"),
            ("Bärbel", "baerbel"),
            ("Käthe", "kaethe"),
            ("Günther", "guenther"),
            ("Lena", "lena"),
        ],
        surnames: &[
            ("Müller", "mueller"),
            ("Weiß", "weiss"),
            ("Schröder", "schroeder"),
            ("Gößmann", "goessmann"),
            ("Krüger", "krueger"),
            ("Böhm", "boehm"),
            ("Strauß", "strauss"),
            ("Fröhlich-Oberländer", "froehlich"),
        ],
        last_first: false,
    },
    Culture {
        given: &[
            ("Hélène", "helene"),
            ("François", "francois"),
            ("Amélie", "amelie"),
            ("Jérôme", "jerome"),
            ("Céline", "celine"),
            ("Luc", "luc"),
            ("Noël", "noel"),
        ],
        surnames: &[
            ("Lefèvre", "lefevre"),
            ("Bézier", "bezier"),
            ("Géraud", "geraud"),
            ("Dubé", "dube"),
            ("Benoît", "benoit"),
            ("Lemaître", "lemaitre"),
            ("Séguin", "seguin"),
        ],
        last_first: false,
    },
    Culture {
        given: &[
            ("José", "jose"),
            ("María", "maria"),
            ("Ángel", "angel"),
            ("Sofía", "sofia"),
            ("Iñigo", "inigo"),
            ("Raúl", "raul"),
            ("Lucía", "lucia"),
            ("Pablo", "pablo"),
        ],
        surnames: &[
            ("Núñez", "nunez"),
            ("Pérez", "perez"),
            ("Muñoz", "munoz"),
            ("Ibáñez", "ibanez"),
            ("Gómez", "gomez"),
            ("Martínez de la Peña", "martinez"),
            ("Peña", "pena"),
        ],
        last_first: false,
    },
    Culture {
        given: &[
            ("Søren", "soren"),
            ("Bjørn", "bjorn"),
            ("Åsa", "asa"),
            ("Ørjan", "orjan"),
            ("Sigrún", "sigrun"),
            ("Karin", "karin"),
        ],
        surnames: &[
            ("Ødegård", "odegard"),
            ("Åberg", "aberg"),
            ("Sjöström", "sjostrom"),
            ("Bjørnstad", "bjornstad"),
            ("Lindström", "lindstrom"),
            ("Guðmundsdóttir", "gudmundsdottir"),
        ],
        last_first: false,
    },
    Culture {
        given: &[
            ("Łukasz", "lukasz"),
            ("Wojciech", "wojciech"),
            ("Jiří", "jiri"),
            ("Zsófia", "zsofia"),
            ("Małgorzata", "malgorzata"),
            ("Ondřej", "ondrej"),
        ],
        surnames: &[
            ("Dvořák", "dvorak"),
            ("Wiśniewski", "wisniewski"),
            ("Kovács", "kovacs"),
            ("Łukaszewicz", "lukaszewicz"),
            ("Nováková", "novakova"),
            ("Szabó", "szabo"),
        ],
        last_first: false,
    },
    Culture {
        given: &[
            ("Γιώργος", "giorgos"),
            ("Ελένη", "eleni"),
            ("Δημήτρης", "dimitris"),
            ("Μαρία", "maria"),
            ("Νίκος", "nikos"),
        ],
        surnames: &[
            ("Παπαδόπουλος", "papadopoulos"),
            ("Οικονόμου", "oikonomou"),
            ("Γεωργίου", "georgiou"),
            ("Αλεξίου", "alexiou"),
        ],
        last_first: false,
    },
    Culture {
        given: &[("Дмитрий", "dmitry"), ("Анна", "anna"), ("Сергей", "sergey"), ("Ольга", "olga")],
        surnames: &[("Иванов", "ivanov"), ("Смирнова", "smirnova"), ("Кузнецов", "kuznetsov"), ("Попова", "popova")],
        last_first: false,
    },
    Culture {
        given: &[("Çağrı", "cagri"), ("Şule", "sule"), ("Emre", "emre")],
        surnames: &[("Yılmaz", "yilmaz"), ("Öztürk", "ozturk"), ("Şahin", "sahin")],
        last_first: false,
    },
    Culture {
        given: &[("Thảo", "thao"), ("Đức", "duc"), ("Minh", "minh")],
        surnames: &[("Nguyễn", "nguyen"), ("Trần", "tran"), ("Phạm", "pham")],
        last_first: false,
    },
    Culture {
        given: &[("太郎", "taro"), ("美咲", "misaki"), ("健", "ken"), ("由美子", "yumiko")],
        surnames: &[("山田", "yamada"), ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi")],
        last_first: true,
    },
    Culture {
        given: &[("伟", "wei"), ("秀英", "xiuying"), ("志强", "zhiqiang"), ("丽", "li")],
        surnames: &[("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("欧阳", "ouyang")],
        last_first: true,
    },
    Culture {
        given: &[("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon")],
        surnames: &[("김", "kim"), ("박", "park"), ("이", "lee")],
        last_first: true,
    },
];

/// Names that are written with references (`&amp;`, `&apos;`, `&quot;`, `&#233;`…).
const ENTITY_TEAMS: &[(&str, &str)] = &[
    ("R&D", "Team"),
    ("Sales & Marketing", "Desk"),
    ("Q&A", "Lab"),
    ("M&A", "Office"),
    ("P&L", "Review Board"),
    ("Facilities & Events", "Helpdesk"),
    ("AT&T", "Liaison"),
];
const APOSTROPHE_SURNAMES: &[&str] =
    &["O'Brien", "O'Neil", "D'Amico", "O'Connor", "D'Souza", "N'Diaye", "O'Hara", "Dell'Orto", "D'Arcy", "L'Estrange"];
const ACCENTED_GIVEN: &[Name] = &[
    ("Renée", "renee"),
    ("André", "andre"),
    ("Zoé", "zoe"),
    ("Désirée", "desiree"),
    ("Aimée", "aimee"),
    ("Mélanie", "melanie"),
    ("Sébastien", "sebastien"),
    ("Chloé", "chloe"),
];
const QUOTED_GIVEN: &[Name] = &[
    ("Robert \"Bob\"", "robert"),
    ("William \"Bill\"", "william"),
    ("Margaret \"Peggy\"", "margaret"),
    ("Elizabeth \"Liz\"", "elizabeth"),
    ("Katherine \"Kate\"", "katherine"),
];
const ANGLE_SUFFIXES: &[&str] = &["<External>", "<Contractor>", "<Vendor>", "<Guest>"];

const ORG_SUFFIXES: &[&str] = &["(Contoso)", "(Fabrikam)", "(Northwind)", "(Litware)", "(Ext.)"];

const DOMAINS: &[&str] = &[
    "contoso.com",
    "fabrikam.com",
    "adatum.com",
    "northwindtraders.com",
    "tailspintoys.com",
    "wingtiptoys.com",
    "litwareinc.com",
    "proseware.com",
    "woodgrovebank.com",
    "alpineskihouse.com",
    "example.com",
    "contoso.onmicrosoft.com",
];

const TITLES: &[&str] = &[
    "Software Engineer",
    "Senior Program Manager",
    "Director, Research & Development",
    "VP of Sales",
    "Account Executive",
    "Intern",
    "Chief Technology Officer",
    "Support Engineer II",
    "Product Designer",
    "Technical Writer",
    "Principal Architect – Cloud & AI",
    "Office Manager",
];

const DEPARTMENTS: &[&str] = &[
    "Engineering",
    "Sales",
    "Marketing",
    "Finance",
    "Human Resources",
    "Legal",
    "IT",
    "Research & Development",
    "Customer Success",
    "Operations",
];

const COMPANIES: &[&str] = &[
    "Contoso Ltd.",
    "Fabrikam, Inc.",
    "Adventure Works Cycles",
    "Northwind Traders",
    "Tailspin Toys",
    "A. Datum Corporation",
    "Litware, Inc.",
    "Woodgrove Bank",
    "Alpine Ski House",
    "Coho Winery",
    "Margie's Travel",
    "Trey Research",
    "Fourth Coffee",
    "Wide World Importers",
    "Smith & Sons <Plumbing>",
];

const GROUP_NAMES: &[&str] = &[
    "Exchange SDK Team",
    "Project Phoenix",
    "Design Review",
    "R&D",
    "Marketing – EMEA",
    "Équipe Paris",
    "Vertrieb Süd",
    "開発チーム",
    "Ομάδα Αθήνα",
    "Book Club",
    "Family",
    "Coworkers",
    "Customers <VIP>",
    "On-call rotation",
    "Former colleagues",
    "Lync Contacts",
];

/// (MajorVersion, MinorVersion, MajorBuildNumber, MinorBuildNumber, Version) pairs seen on
/// real servers.
const SERVER_VERSIONS: &[(&str, &str, &str, &str, &str)] = &[
    ("15", "0", "847", "31", "V2_8"),
    ("15", "0", "1178", "2", "V2_23"),
    ("15", "1", "228", "0", "V2_49"),
    ("15", "1", "302", "0", "V2_68"),
    ("15", "0", "556", "8", "Exchange2013"),
    ("15", "20", "7452", "27", "V2018_01_08"),
];

// ------------------------------------------------------------------------------------------
// The writer

#[derive(Clone, Copy)]
enum Ns {
    /// SOAP envelope: `s:` in both styles.
    S,
    /// `h:` (server) / `t:` (prefixed): the header.
    H,
    /// EWS messages: unprefixed (server) / `m:`.
    M,
    /// EWS types: unprefixed (server) / `t:`.
    T,
}

/// How a text is escaped.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum Esc {
    /// `&`, `<`, `>` as `&amp;`, `&lt;`, `&gt;`; everything else raw.
    #[default]
    Plain,
    /// Also `'` and `"` as `&apos;`/`&quot;` and every non-ASCII character as a decimal
    /// character reference (`&#233;`).
    Refs,
}

/// Which attribution a persona value comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    /// A contact in the Contacts folder.
    Outlook,
    /// A contact in the "Lync Contacts" folder (read-only).
    Lync,
    /// A hidden contact in the Recipient Cache folder.
    RecipientCache,
}

impl Source {
    /// The global counter of the folder the contact is in.
    fn folder(self) -> u64 {
        match self {
            Source::Outlook => 0x0E,
            Source::Lync => 0x21,
            Source::RecipientCache => 0x3C,
        }
    }
}

/// The fields of the persona being written (reused from persona to persona).
#[derive(Default)]
struct PersonaData {
    given: String,
    surname: String,
    given_alias: String,
    surname_alias: String,
    display: String,
    first_last: String,
    last_first: String,
    file_as: String,
    email: String,
    email2: String,
    im: String,
    /// How the name-derived texts of this persona are escaped.
    esc: Esc,
}

struct Gen<'w, W: Write> {
    out: &'w mut W,
    buf: Vec<u8>,
    written: u64,
    pretty: bool,
    server: bool,
    depth: usize,
    groups: usize,
    personas: usize,
    seed: u64,
    rng: Rng,
    /// The mailbox GUID as lowercase hex text, the way it sits inside every store id.
    mailbox: [u8; 36],
    /// The store's provider UID (inside every entry id).
    store_uid: [u8; 16],
    /// The database replica GUID (inside entry ids and change keys).
    replica: [u8; 16],
    scratch: Vec<u8>,
    p: PersonaData,
}

impl<'w, W: Write> Gen<'w, W> {
    fn new(out: &'w mut W, opts: &GenOptions) -> Self {
        let mut rng = Rng(mix(opts.seed ^ 0x4557_535F_494D_4745));
        let mut guid = [0u8; 16];
        rng.fill(&mut guid);
        let mut mailbox = [0u8; 36];
        let mut k = 0;
        for (i, b) in guid.iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                mailbox[k] = b'-';
                k += 1;
            }
            mailbox[k] = HEX[usize::from(b >> 4)];
            mailbox[k + 1] = HEX[usize::from(b & 15)];
            k += 2;
        }
        let mut store_uid = [0u8; 16];
        rng.fill(&mut store_uid);
        let mut replica = [0u8; 16];
        rng.fill(&mut replica);
        Gen {
            out,
            buf: Vec::with_capacity(FLUSH_AT + 16 * 1024),
            written: 0,
            pretty: opts.pretty,
            server: opts.style == Style::Server,
            depth: 0,
            groups: opts.groups,
            personas: opts.personas,
            seed: opts.seed,
            rng,
            mailbox,
            store_uid,
            replica,
            scratch: Vec::with_capacity(256),
            p: PersonaData::default(),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.buf.is_empty() {
            self.out.write_all(&self.buf)?;
            self.written += self.buf.len() as u64;
            self.buf.clear();
        }
        Ok(())
    }

    fn maybe_flush(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    // --- low-level XML -----------------------------------------------------------------

    fn newline(&mut self) {
        if self.pretty {
            self.buf.push(b'\n');
            self.buf.resize(self.buf.len() + 3 * self.depth, b' ');
        }
    }

    fn name(&mut self, ns: Ns, local: &str) {
        let prefix: &[u8] = match (ns, self.server) {
            (Ns::S, _) => b"s:",
            (Ns::H, true) => b"h:",
            (Ns::H, false) | (Ns::T, false) => b"t:",
            (Ns::M, false) => b"m:",
            (Ns::M | Ns::T, true) => b"",
        };
        self.buf.extend_from_slice(prefix);
        self.buf.extend_from_slice(local.as_bytes());
    }

    /// `<name` on a new line; finish with [`Self::gt`] or [`Self::slash_gt`].
    fn lt(&mut self, ns: Ns, local: &str) {
        self.newline();
        self.buf.push(b'<');
        self.name(ns, local);
    }

    fn gt(&mut self) {
        self.buf.push(b'>');
        self.depth += 1;
    }

    fn slash_gt(&mut self) {
        self.buf.extend_from_slice(if self.server { b" />" } else { b"/>" });
    }

    fn attr(&mut self, key: &str, value: &str) {
        self.buf.push(b' ');
        self.buf.extend_from_slice(key.as_bytes());
        self.buf.extend_from_slice(b"=\"");
        escape(&mut self.buf, value, Esc::Plain, true);
        self.buf.push(b'"');
    }

    /// An attribute whose value is the base64 of `self.scratch`.
    fn attr_scratch_b64(&mut self, key: &str) {
        self.buf.push(b' ');
        self.buf.extend_from_slice(key.as_bytes());
        self.buf.extend_from_slice(b"=\"");
        base64(&mut self.buf, &self.scratch);
        self.buf.push(b'"');
    }

    fn open(&mut self, ns: Ns, local: &str) {
        self.lt(ns, local);
        self.gt();
    }

    /// An element re-declaring the default namespace to `uri` in the server style.
    fn open_default_ns(&mut self, ns: Ns, local: &str, uri: &str) {
        self.lt(ns, local);
        if self.server {
            self.attr("xmlns", uri);
        }
        self.gt();
    }

    fn close(&mut self, ns: Ns, local: &str) {
        self.depth -= 1;
        self.newline();
        self.buf.extend_from_slice(b"</");
        self.name(ns, local);
        self.buf.push(b'>');
    }

    /// A text-only element; an empty text gives an empty-element tag.
    fn leaf(&mut self, ns: Ns, local: &str, text: &str, esc: Esc) {
        self.lt(ns, local);
        if text.is_empty() {
            self.slash_gt();
            return;
        }
        self.buf.push(b'>');
        escape(&mut self.buf, text, esc, false);
        self.buf.extend_from_slice(b"</");
        self.name(ns, local);
        self.buf.push(b'>');
    }

    fn leaf_t(&mut self, local: &str, text: &str) {
        self.leaf(Ns::T, local, text, Esc::Plain);
    }

    fn leaf_num(&mut self, local: &str, n: u64) {
        let mut digits = [0u8; 20];
        let text = fmt_u64(n, &mut digits);
        self.leaf(Ns::T, local, text, Esc::Plain);
    }

    // --- ids -------------------------------------------------------------------------------

    /// The binary store id of a mailbox item: header, mailbox GUID text, and a MAPI message
    /// entry id (flags, provider UID, type, folder key, message key). 113 bytes (152
    /// base64 characters), or 146 (196) with `long`.
    fn item_id_bytes(&mut self, folder: u64, message: u64, long: bool, extra: &mut Rng) {
        let s = &mut self.scratch;
        s.clear();
        s.extend_from_slice(&[0x00, 0x03, 0x24, 0x00]);
        s.extend_from_slice(&self.mailbox);
        s.push(if long { 0x01 } else { 0x00 });
        s.extend_from_slice(&[0x46, 0x00, 0x00, 0x00, 0x00, 0x00]);
        s.extend_from_slice(&self.store_uid);
        s.extend_from_slice(&[0x07, 0x00]);
        s.extend_from_slice(&self.replica);
        s.extend_from_slice(&folder.to_be_bytes()[2..]);
        s.extend_from_slice(&[0x00, 0x00]);
        s.extend_from_slice(&self.replica);
        s.extend_from_slice(&message.to_be_bytes()[2..]);
        s.extend_from_slice(&[0x00, 0x00]);
        if long {
            // An item seen through another mailbox: that mailbox's GUID and a tail.
            let start = s.len();
            s.resize(start + 33, 0);
            extra.fill(&mut s[start..]);
        }
    }

    /// A change key: 4-byte class, 4-byte length (22), replica GUID, 6-byte counter.
    fn change_key_bytes(&mut self, class: u8, counter: u64) {
        let s = &mut self.scratch;
        s.clear();
        s.extend_from_slice(&[class, 0, 0, 0, 0x16, 0, 0, 0]);
        s.extend_from_slice(&self.replica);
        s.extend_from_slice(&counter.to_be_bytes()[2..]);
    }

    /// Where persona `index`'s first contact lives: (`Source::Outlook` or `Source::Lync`,
    /// message counter, long id?, change-key counter, generator for the long tail). Keyed on
    /// the index, so that groups can name the contact before the persona is written.
    fn first_contact(&self, index: u64) -> (Source, u64, bool, u64, Rng) {
        let mut r = keyed(self.seed, 1, index);
        let source = if r.chance(70) { Source::Outlook } else { Source::Lync };
        let message = 0x0001_0000 + (index << 4) + r.below(16);
        let long = r.chance(15);
        let counter = 0x0003_0000 + r.below(0x0100_0000);
        (source, message, long, counter, r)
    }

    /// The id of persona `index`'s first contact (also referred to by groups).
    fn write_contact_id(&mut self, ns: Ns, local: &str, index: u64, full_change_key: bool) {
        let (source, message, long, counter, mut r) = self.first_contact(index);
        self.lt(ns, local);
        self.item_id_bytes(source.folder(), message, long, &mut r);
        self.attr_scratch_b64("Id");
        if full_change_key {
            self.change_key_bytes(0x11, counter);
            self.attr_scratch_b64("ChangeKey");
        } else {
            self.attr("ChangeKey", "EQAAAA==");
        }
        self.slash_gt();
    }

    fn write_random_item_id(&mut self, ns: Ns, local: &str, folder: u64, class: u8) {
        let mut r = Rng(self.rng.next_u64());
        let message = r.range(0x1000, 0x00FF_FFFF);
        let long = r.chance(15);
        self.lt(ns, local);
        self.item_id_bytes(folder, message, long, &mut r);
        self.attr_scratch_b64("Id");
        let counter = r.range(0x1_0000, 0x00FF_FFFF);
        self.change_key_bytes(class, counter);
        self.attr_scratch_b64("ChangeKey");
        self.slash_gt();
    }

    /// A folder id: header, mailbox GUID text, and a 46-byte folder entry id (120 base64
    /// characters), with the short change key servers send for folders.
    fn write_folder_id(&mut self, folder: u64) {
        self.lt(Ns::T, "FolderId");
        let s = &mut self.scratch;
        s.clear();
        s.extend_from_slice(&[0x00, 0x03, 0x24, 0x00]);
        s.extend_from_slice(&self.mailbox);
        s.extend_from_slice(&[0x00, 0x2E, 0x00, 0x00, 0x00, 0x00, 0x00]);
        s.extend_from_slice(&self.store_uid);
        s.extend_from_slice(&[0x01, 0x00]);
        s.extend_from_slice(&self.replica);
        s.extend_from_slice(&folder.to_be_bytes()[2..]);
        s.extend_from_slice(&[0x00, 0x00]);
        self.attr_scratch_b64("Id");
        self.attr("ChangeKey", "AQAAAA==");
        self.slash_gt();
    }

    /// A persona id: header, mailbox GUID text, and a 16-byte persona GUID (80 characters).
    fn write_persona_id(&mut self) {
        self.lt(Ns::T, "PersonaId");
        let s = &mut self.scratch;
        s.clear();
        s.extend_from_slice(&[0x00, 0x04, 0x24, 0x00]);
        s.extend_from_slice(&self.mailbox);
        s.extend_from_slice(&[0x00, 0x10, 0x00]);
        let start = s.len();
        s.resize(start + 16, 0);
        self.rng.fill(&mut self.scratch[start..]);
        self.attr_scratch_b64("Id");
        self.slash_gt();
    }

    // --- document ----------------------------------------------------------------------

    fn document(&mut self) -> io::Result<()> {
        self.buf.extend_from_slice(b"<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        self.lt(Ns::S, "Envelope");
        self.attr("xmlns:s", SOAP_ENVELOPE);
        if !self.server {
            self.attr("xmlns:m", EWS_MESSAGES);
            self.attr("xmlns:t", EWS_TYPES);
        }
        self.gt();

        self.open(Ns::S, "Header");
        let (major, minor, build, rev, version) = self.rng.pick(SERVER_VERSIONS);
        self.lt(Ns::H, "ServerVersionInfo");
        self.attr("MajorVersion", major);
        self.attr("MinorVersion", minor);
        self.attr("MajorBuildNumber", build);
        self.attr("MinorBuildNumber", rev);
        self.attr("Version", version);
        if self.server {
            self.attr("xmlns:h", EWS_TYPES);
            self.attr("xmlns", EWS_TYPES);
            self.attr("xmlns:xsd", XSD);
            self.attr("xmlns:xsi", XSI);
        }
        self.slash_gt();
        self.close(Ns::S, "Header");

        self.lt(Ns::S, "Body");
        if self.server {
            self.attr("xmlns:xsi", XSI);
            self.attr("xmlns:xsd", XSD);
        }
        self.gt();
        self.lt(Ns::M, "GetImItemsResponse");
        self.attr("ResponseClass", "Success");
        if self.server {
            self.attr("xmlns", EWS_MESSAGES);
        }
        self.gt();
        self.leaf(Ns::M, "ResponseCode", "NoError", Esc::Plain);
        self.open(Ns::M, "ImItemList");

        if self.groups == 0 {
            self.lt(Ns::T, "Groups");
            if self.server {
                self.attr("xmlns", EWS_TYPES);
            }
            self.slash_gt();
        } else {
            self.open_default_ns(Ns::T, "Groups", EWS_TYPES);
            for g in 0..self.groups {
                self.group(g);
                self.maybe_flush()?;
            }
            self.close(Ns::T, "Groups");
        }

        if self.personas == 0 {
            self.lt(Ns::T, "Personas");
            if self.server {
                self.attr("xmlns", EWS_TYPES);
            }
            self.slash_gt();
        } else {
            self.open_default_ns(Ns::T, "Personas", EWS_TYPES);
            for i in 0..self.personas {
                self.persona(i as u64);
                self.maybe_flush()?;
            }
            self.close(Ns::T, "Personas");
        }

        self.close(Ns::M, "ImItemList");
        self.close(Ns::M, "GetImItemsResponse");
        self.close(Ns::S, "Body");
        self.close(Ns::S, "Envelope");
        if self.pretty {
            self.buf.push(b'\n');
        }
        Ok(())
    }

    fn group(&mut self, g: usize) {
        let (name, kind): (String, &str) = match g {
            0 => ("Other Contacts".into(), "IPM.DistList.MOC.OtherContacts"),
            1 => ("Favorites".into(), "IPM.DistList.MOC.Favorites"),
            2 => ("Tagged".into(), "IPM.DistList.MOC.Tagged"),
            _ => {
                let base = GROUP_NAMES[(g - 3) % GROUP_NAMES.len()];
                let round = (g - 3) / GROUP_NAMES.len();
                let name = if round == 0 { base.to_string() } else { format!("{base} {}", round + 1) };
                (name, "IPM.DistList.MOC.UserGroup")
            }
        };
        self.open(Ns::T, "ImGroup");
        self.leaf_t("DisplayName", &name);
        self.leaf_t("GroupType", kind);
        // Group ids carry the short change key the server samples show.
        self.lt(Ns::T, "ExchangeStoreId");
        let mut r = Rng(self.rng.next_u64());
        self.item_id_bytes(0x0E, 0x0080_0000 + g as u64, false, &mut r);
        self.attr_scratch_b64("Id");
        self.attr("ChangeKey", "EgAAAA==");
        self.slash_gt();

        let mut members = self.rng.below(9) as usize;
        if self.personas > 0 {
            members = members.min(self.personas);
        }
        if members > 0 {
            self.open(Ns::T, "MemberCorrelationKey");
            let mut chosen = [0u64; 8];
            for m in 0..members {
                if self.personas > 0 {
                    // Distinct members: draw again on a repeat.
                    let who = loop {
                        let who = self.rng.below(self.personas as u64);
                        if !chosen[..m].contains(&who) {
                            break who;
                        }
                    };
                    chosen[m] = who;
                    self.write_contact_id(Ns::T, "ItemId", who, false);
                } else {
                    // A member that is not in the list (dangling keys happen, G25).
                    self.lt(Ns::T, "ItemId");
                    let message = self.rng.range(0x1000, 0xFF_FFFF);
                    self.item_id_bytes(0x0E, message, false, &mut r);
                    self.attr_scratch_b64("Id");
                    self.attr("ChangeKey", "EQAAAA==");
                    self.slash_gt();
                }
            }
            self.close(Ns::T, "MemberCorrelationKey");
        }
        self.open(Ns::T, "ExtendedProperties");
        self.open(Ns::T, "ExtendedProperty");
        self.lt(Ns::T, "ExtendedFieldURI");
        self.attr("PropertyTag", "0x3001");
        self.attr("PropertyType", "String");
        self.slash_gt();
        self.leaf_t("Value", &name);
        self.close(Ns::T, "ExtendedProperty");
        self.close(Ns::T, "ExtendedProperties");
        self.close(Ns::T, "ImGroup");
    }

    // --- personas ----------------------------------------------------------------------

    /// Chooses the names and addresses of the next persona into `self.p`.
    fn choose_names(&mut self) {
        let rng = &mut self.rng;
        let p = &mut self.p;
        p.given.clear();
        p.surname.clear();
        p.given_alias.clear();
        p.surname_alias.clear();
        p.display.clear();
        let mut last_first_display = false;
        let mut display_suffix: Option<&str> = None;
        let roll = rng.below(1000);
        if roll < 50 {
            // ~5 %: a name written with references.
            p.esc = Esc::Refs;
            match rng.below(100) {
                0..=19 => {
                    let (a, b) = rng.pick(ENTITY_TEAMS);
                    p.given.push_str(a);
                    p.surname.push_str(b);
                }
                20..=49 => {
                    p.given.push_str(rng.pick(ASCII_GIVEN));
                    p.surname.push_str(rng.pick(APOSTROPHE_SURNAMES));
                }
                50..=69 => {
                    let (g, alias) = rng.pick(ACCENTED_GIVEN);
                    p.given.push_str(g);
                    p.given_alias.push_str(alias);
                    p.surname.push_str(rng.pick(APOSTROPHE_SURNAMES));
                }
                70..=84 => {
                    let (g, alias) = rng.pick(QUOTED_GIVEN);
                    p.given.push_str(g);
                    p.given_alias.push_str(alias);
                    p.surname.push_str(rng.pick(ASCII_SURNAMES));
                }
                _ => {
                    p.given.push_str(rng.pick(ASCII_GIVEN));
                    p.surname.push_str(rng.pick(ASCII_SURNAMES));
                    display_suffix = Some(rng.pick(ANGLE_SUFFIXES));
                }
            }
        } else if roll < 250 {
            // ~20 %: raw non-ASCII UTF-8.
            p.esc = Esc::Plain;
            let c = &CULTURES[rng.below(CULTURES.len() as u64) as usize];
            let (g, ga) = rng.pick(c.given);
            let (s, sa) = rng.pick(c.surnames);
            p.given.push_str(g);
            p.given_alias.push_str(ga);
            p.surname.push_str(s);
            p.surname_alias.push_str(sa);
            last_first_display = c.last_first;
        } else {
            p.esc = Esc::Plain;
            p.given.push_str(rng.pick(ASCII_GIVEN));
            p.surname.push_str(rng.pick(ASCII_SURNAMES));
            if rng.chance(6) {
                display_suffix = Some(rng.pick(ORG_SUFFIXES));
            }
        }
        if p.given_alias.is_empty() {
            alias_of(&p.given, &mut p.given_alias);
        }
        if p.surname_alias.is_empty() {
            alias_of(&p.surname, &mut p.surname_alias);
        }

        p.first_last.clear();
        p.first_last.push_str(&p.given);
        p.first_last.push(' ');
        p.first_last.push_str(&p.surname);
        p.last_first.clear();
        p.last_first.push_str(&p.surname);
        p.last_first.push(' ');
        p.last_first.push_str(&p.given);
        if last_first_display {
            p.display.push_str(&p.last_first);
        } else {
            p.display.push_str(&p.first_last);
        }
        if let Some(suffix) = display_suffix {
            p.display.push(' ');
            p.display.push_str(suffix);
        }

        let domain = rng.pick(DOMAINS);
        p.email.clear();
        match rng.below(4) {
            0 => {
                p.email.push_str(&p.given_alias);
                p.email.push('.');
                p.email.push_str(&p.surname_alias);
            }
            1 => {
                p.email.push_str(&p.given_alias[..1.min(p.given_alias.len())]);
                p.email.push_str(&p.surname_alias);
            }
            2 => {
                p.email.push_str(&p.given_alias);
                p.email.push_str(&p.surname_alias[..1.min(p.surname_alias.len())]);
            }
            _ => {
                p.email.push_str(&p.given_alias);
                p.email.push('.');
                p.email.push_str(&p.surname_alias);
                let mut digits = [0u8; 20];
                p.email.push_str(fmt_u64(rng.range(1, 99), &mut digits));
            }
        }
        p.email.push('@');
        p.email.push_str(domain);
        p.email2.clear();
        if rng.chance(15) {
            p.email2.push_str(&p.given_alias);
            p.email2.push('@');
            p.email2.push_str(rng.pick(DOMAINS));
        }
        p.im.clear();
        if rng.chance(15) {
            p.im.push_str("sip:");
        }
        p.im.push_str(&p.email);
    }

    fn persona(&mut self, index: u64) {
        self.choose_names();
        let esc = self.p.esc;

        // Attributions: the first is the contact groups refer to.
        let n = match self.rng.below(100) {
            0..=77 => 1,
            78..=94 => 2,
            _ => 3,
        };
        let mut sources = [Source::Outlook; 3];
        sources[0] = self.first_contact(index).0;
        for i in 1..n {
            sources[i] = match (sources[0], i) {
                (Source::Outlook, 1) => Source::Lync,
                (Source::Lync, 1) => Source::Outlook,
                _ => Source::RecipientCache,
            };
        }
        let file_as_id = match self.rng.below(10) {
            0..=6 => "LastCommaFirst",
            7..=8 => "None",
            _ => "FirstSpaceLast",
        };
        let p = &mut self.p;
        p.file_as.clear();
        match file_as_id {
            "LastCommaFirst" => {
                p.file_as.push_str(&p.surname);
                p.file_as.push_str(", ");
                p.file_as.push_str(&p.given);
            }
            "FirstSpaceLast" => p.file_as.push_str(&p.first_last),
            _ => {}
        }

        self.open(Ns::T, "Persona");
        self.write_persona_id();
        self.leaf_t("PersonaType", "Person");
        let created = self.rng.range(15_340 * 86_400, 20_088 * 86_400);
        let mut date = [0u8; 20];
        self.leaf_t("CreationTime", fmt_datetime(created, &mut date));

        let p = std::mem::take(&mut self.p);
        self.leaf(Ns::T, "DisplayName", &p.display, esc);
        self.leaf(Ns::T, "DisplayNameFirstLast", &p.first_last, esc);
        self.leaf(Ns::T, "DisplayNameLastFirst", &p.last_first, esc);
        self.leaf(Ns::T, "FileAs", &p.file_as, esc);
        self.leaf_t("FileAsId", file_as_id);
        self.leaf(Ns::T, "GivenName", &p.given, esc);
        self.leaf(Ns::T, "Surname", &p.surname, esc);
        let title = self.rng.chance(25).then(|| self.rng.pick(TITLES));
        let department = self.rng.chance(15).then(|| self.rng.pick(DEPARTMENTS));
        let company = self.rng.chance(20).then(|| self.rng.pick(COMPANIES));
        if let Some(t) = title {
            self.leaf_t("Title", t);
        }
        if let Some(d) = department {
            self.leaf_t("Department", d);
        }
        if let Some(c) = company {
            self.leaf_t("CompanyName", c);
        }

        let internal = self.rng.chance(60);
        let name_is_address = self.rng.chance(15);
        let mailbox_type = if internal { "Mailbox" } else { "Contact" };
        self.open(Ns::T, "EmailAddress");
        self.email_body(&p, &p.email, name_is_address, Some(mailbox_type), esc);
        self.close(Ns::T, "EmailAddress");
        self.open(Ns::T, "EmailAddresses");
        let item = if self.server { "EmailAddress" } else { "Address" };
        for address in [&p.email, &p.email2] {
            if !address.is_empty() {
                self.open(Ns::T, item);
                self.email_body(&p, address, name_is_address, None, esc);
                self.close(Ns::T, item);
            }
        }
        self.close(Ns::T, "EmailAddresses");
        self.leaf_t("ImAddress", &p.im);
        if self.rng.chance(75) {
            self.leaf_t("RelevanceScore", "2147483647");
        } else {
            let score = self.rng.range(1, 50_000);
            self.leaf_num("RelevanceScore", score);
        }

        self.open(Ns::T, "Attributions");
        for (i, &source) in sources.iter().enumerate().take(n) {
            self.open(Ns::T, "Attribution");
            self.leaf_num("Id", i as u64);
            if i == 0 {
                self.write_contact_id(Ns::T, "SourceId", index, true);
            } else {
                self.write_random_item_id(Ns::T, "SourceId", source.folder(), 0x11);
            }
            let (label, writable, quick, hidden) = match source {
                Source::Outlook => ("Outlook", "true", self.rng.chance(40), false),
                Source::Lync => ("Lync Contacts", "false", true, false),
                Source::RecipientCache => ("Outlook", "true", false, true),
            };
            self.leaf_t("DisplayName", label);
            self.leaf_t("IsWritable", writable);
            self.leaf_t("IsQuickContact", if quick { "true" } else { "false" });
            self.leaf_t("IsHidden", if hidden { "true" } else { "false" });
            if self.rng.chance(if source == Source::Lync { 20 } else { 40 }) {
                self.write_folder_id(source.folder());
            }
            self.close(Ns::T, "Attribution");
        }
        self.close(Ns::T, "Attributions");

        let all = &[0u8, 1, 2][..n];
        let first = &[0u8][..];
        let rest = &[1u8, 2][..n - 1];
        // DisplayNames: one value from every source, or the display name from the first
        // and the plain first-last name from the others.
        self.open(Ns::T, "DisplayNames");
        if n > 1 && p.display != p.first_last && self.rng.chance(50) {
            self.string_value(&p.display, first, esc);
            self.string_value(&p.first_last, rest, esc);
        } else {
            self.string_value(&p.display, all, esc);
        }
        self.close(Ns::T, "DisplayNames");
        if !p.file_as.is_empty() && self.rng.chance(5) {
            self.open(Ns::T, "FileAses");
            self.string_value(&p.file_as, first, esc);
            self.close(Ns::T, "FileAses");
        }
        if self.rng.chance(15) {
            self.open(Ns::T, "FileAsIds");
            self.string_value(file_as_id, first, Esc::Plain);
            if n > 1 && file_as_id != "None" {
                self.string_value("None", rest, Esc::Plain);
            }
            self.close(Ns::T, "FileAsIds");
        }
        if self.rng.chance(4) {
            self.open(Ns::T, "GivenNames");
            self.string_value(&p.given, all, esc);
            self.close(Ns::T, "GivenNames");
            self.open(Ns::T, "Surnames");
            self.string_value(&p.surname, all, esc);
            self.close(Ns::T, "Surnames");
        }
        let (business, mobile) = match self.rng.below(100) {
            0..=8 => (true, false),
            9..=17 => (false, true),
            18..=20 => (true, true),
            _ => (false, false),
        };
        if business {
            self.open(Ns::T, "BusinessPhoneNumbers");
            self.phone_value("Business", first);
            self.close(Ns::T, "BusinessPhoneNumbers");
        }
        if mobile {
            self.open(Ns::T, "MobilePhones");
            self.phone_value("Mobile", first);
            self.close(Ns::T, "MobilePhones");
        }
        let emails = self.rng.chance(18);
        if emails {
            self.open(Ns::T, "Emails1");
            self.open(Ns::T, "EmailAddressAttributedValue");
            self.open(Ns::T, "Value");
            self.email_body(&p, &p.email, name_is_address, None, esc);
            self.close(Ns::T, "Value");
            self.value_attributions(all);
            self.close(Ns::T, "EmailAddressAttributedValue");
            self.close(Ns::T, "Emails1");
        }
        if emails && !p.email2.is_empty() {
            self.open(Ns::T, "Emails2");
            self.open(Ns::T, "EmailAddressAttributedValue");
            self.open(Ns::T, "Value");
            self.email_body(&p, &p.email2, name_is_address, None, esc);
            self.close(Ns::T, "Value");
            self.value_attributions(first);
            self.close(Ns::T, "EmailAddressAttributedValue");
            self.close(Ns::T, "Emails2");
        }
        let lync: &[u8] = match sources[..n].iter().position(|&s| s == Source::Lync) {
            Some(0) => &[0],
            Some(1) => &[1],
            _ => first,
        };
        if self.rng.chance(if lync == first { 5 } else { 60 }) {
            self.open(Ns::T, "ImAddresses");
            self.string_value(&p.im, lync, Esc::Plain);
            self.close(Ns::T, "ImAddresses");
        }
        let attributed_work = self.rng.chance(20);
        if let Some(t) = title.filter(|_| attributed_work) {
            self.open(Ns::T, "Titles");
            self.string_value(t, first, Esc::Plain);
            self.close(Ns::T, "Titles");
        }
        if let Some(c) = company.filter(|_| attributed_work) {
            self.open(Ns::T, "CompanyNames");
            self.string_value(c, first, Esc::Plain);
            self.close(Ns::T, "CompanyNames");
        }
        self.open(Ns::T, "ExtendedProperties");
        self.open(Ns::T, "ExtendedPropertyAttributedValue");
        self.open(Ns::T, "Value");
        self.lt(Ns::T, "ExtendedFieldURI");
        self.attr("PropertyTag", "0x3001");
        self.attr("PropertyType", "String");
        self.slash_gt();
        self.leaf(Ns::T, "Value", &p.display, esc);
        self.close(Ns::T, "Value");
        self.value_attributions(first);
        self.close(Ns::T, "ExtendedPropertyAttributedValue");
        self.close(Ns::T, "ExtendedProperties");
        self.close(Ns::T, "Persona");
        self.p = p;
    }

    /// Name, EmailAddress, RoutingType (and MailboxType) of an e-mail address.
    fn email_body(
        &mut self,
        p: &PersonaData,
        address: &str,
        name_is_address: bool,
        mailbox_type: Option<&str>,
        esc: Esc,
    ) {
        if name_is_address {
            self.leaf_t("Name", address);
        } else {
            self.leaf(Ns::T, "Name", &p.display, esc);
        }
        self.leaf_t("EmailAddress", address);
        self.leaf_t("RoutingType", "SMTP");
        if let Some(kind) = mailbox_type {
            self.leaf_t("MailboxType", kind);
        }
    }

    fn value_attributions(&mut self, refs: &[u8]) {
        self.open(Ns::T, "Attributions");
        for &r in refs {
            self.leaf_num("Attribution", u64::from(r));
        }
        self.close(Ns::T, "Attributions");
    }

    fn string_value(&mut self, value: &str, refs: &[u8], esc: Esc) {
        self.open(Ns::T, "StringAttributedValue");
        self.leaf(Ns::T, "Value", value, esc);
        self.value_attributions(refs);
        self.close(Ns::T, "StringAttributedValue");
    }

    fn phone_value(&mut self, kind: &str, refs: &[u8]) {
        let number = fmt_phone(&mut self.rng);
        self.open(Ns::T, "PhoneNumberAttributedValue");
        self.open(Ns::T, "Value");
        self.leaf_t("Number", &number);
        self.leaf_t("Type", kind);
        self.close(Ns::T, "Value");
        self.value_attributions(refs);
        self.close(Ns::T, "PhoneNumberAttributedValue");
    }
}

// ------------------------------------------------------------------------------------------
// Text helpers

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `text` escaped. In attributes `"` is always escaped.
fn escape(out: &mut Vec<u8>, text: &str, esc: Esc, attribute: bool) {
    match esc {
        Esc::Plain => {
            let bytes = text.as_bytes();
            let mut start = 0;
            for (i, &b) in bytes.iter().enumerate() {
                let rep: &[u8] = match b {
                    b'&' => b"&amp;",
                    b'<' => b"&lt;",
                    b'>' => b"&gt;",
                    b'"' if attribute => b"&quot;",
                    _ => continue,
                };
                out.extend_from_slice(&bytes[start..i]);
                out.extend_from_slice(rep);
                start = i + 1;
            }
            out.extend_from_slice(&bytes[start..]);
        }
        Esc::Refs => {
            for c in text.chars() {
                match c {
                    '&' => out.extend_from_slice(b"&amp;"),
                    '<' => out.extend_from_slice(b"&lt;"),
                    '>' => out.extend_from_slice(b"&gt;"),
                    '\'' => out.extend_from_slice(b"&apos;"),
                    '"' => out.extend_from_slice(b"&quot;"),
                    c if c.is_ascii() => out.push(c as u8),
                    c => {
                        let mut digits = [0u8; 20];
                        out.extend_from_slice(b"&#");
                        out.extend_from_slice(fmt_u64(u64::from(c), &mut digits).as_bytes());
                        out.push(b';');
                    }
                }
            }
        }
    }
}

/// The e-mail alias of an ASCII name: its letters and digits, lowercased.
fn alias_of(name: &str, out: &mut String) {
    out.extend(name.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()));
    if out.is_empty() {
        out.push('x');
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with `=` padding.
fn base64(out: &mut Vec<u8>, data: &[u8]) {
    let mut chunks = data.chunks_exact(3);
    for c in &mut chunks {
        let n = u32::from(c[0]) << 16 | u32::from(c[1]) << 8 | u32::from(c[2]);
        out.extend_from_slice(&[
            B64[(n >> 18) as usize & 63],
            B64[(n >> 12) as usize & 63],
            B64[(n >> 6) as usize & 63],
            B64[n as usize & 63],
        ]);
    }
    match *chunks.remainder() {
        [a] => {
            let n = u32::from(a) << 16;
            out.extend_from_slice(&[B64[(n >> 18) as usize & 63], B64[(n >> 12) as usize & 63]]);
            out.extend_from_slice(b"==");
        }
        [a, b] => {
            let n = u32::from(a) << 16 | u32::from(b) << 8;
            out.extend_from_slice(&[
                B64[(n >> 18) as usize & 63],
                B64[(n >> 12) as usize & 63],
                B64[(n >> 6) as usize & 63],
                b'=',
            ]);
        }
        _ => {}
    }
}

/// Decimal digits of `n`, in `buf`.
fn fmt_u64(mut n: u64, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

/// `YYYY-MM-DDTHH:MM:SSZ` for seconds since 1970 (Hinnant's civil-from-days).
fn fmt_datetime(secs: u64, buf: &mut [u8; 20]) -> &str {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let fields = [
        (year as u64, 4, b'-'),
        (month as u64, 2, b'-'),
        (day as u64, 2, b'T'),
        (rem / 3600, 2, b':'),
        (rem / 60 % 60, 2, b':'),
        (rem % 60, 2, b'Z'),
    ];
    let mut k = 0;
    for (value, width, sep) in fields {
        for w in (0..width).rev() {
            buf[k] = b'0' + (value / 10u64.pow(w) % 10) as u8;
            k += 1;
        }
        buf[k] = sep;
        k += 1;
    }
    std::str::from_utf8(&buf[..k]).unwrap_or("")
}

/// A fictional phone number in one of the spellings seen in contact data.
fn fmt_phone(rng: &mut Rng) -> String {
    let line = rng.range(100, 199);
    let area = rng.pick(&[206u64, 425, 312, 646, 415]);
    match rng.below(6) {
        0 => format!("+1 {area} 555 0{line}"),
        1 => format!("({area}) 555-0{line}"),
        2 => format!("{area}5550{line}"),
        3 => format!("+44 20 7946 0{}", rng.range(100, 999)),
        4 => format!("+49 30 {}", rng.range(10_000_000, 99_999_999)),
        _ => format!("+81 3-{}-{}", rng.range(1000, 9999), rng.range(1000, 9999)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_known_vectors() {
        for (input, expected) in [
            (&b""[..], ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foobar", "Zm9vYmFy"),
            (&[0xFB, 0xFF, 0xBF], "+/+/"),
        ] {
            let mut out = Vec::new();
            base64(&mut out, input);
            assert_eq!(out, expected.as_bytes());
        }
    }

    #[test]
    fn datetime_is_civil() {
        let mut buf = [0u8; 20];
        assert_eq!(fmt_datetime(0, &mut buf), "1970-01-01T00:00:00Z");
        assert_eq!(fmt_datetime(1_352_247_035, &mut buf), "2012-11-07T00:10:35Z");
        assert_eq!(fmt_datetime(951_782_400, &mut buf), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn ids_look_like_exchange_ids() {
        let xml = get_im_items(&GenOptions { groups: 2, personas: 3, ..GenOptions::default() });
        let text = String::from_utf8(xml).unwrap();
        assert!(text.contains("Id=\"AAMkA"));
        assert!(text.contains("PersonaId Id=\"AAQkA"));
        assert!(text.contains("ChangeKey=\"EQAAABYAAA"));
    }

    #[test]
    fn escaping() {
        let mut out = Vec::new();
        escape(&mut out, "a&b<c>\"d'", Esc::Plain, true);
        assert_eq!(out, b"a&amp;b&lt;c&gt;&quot;d'");
        out.clear();
        escape(&mut out, "Renée O'Brien \"x\"", Esc::Refs, false);
        assert_eq!(out, b"Ren&#233;e O&apos;Brien &quot;x&quot;");
    }
}
