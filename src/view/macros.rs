//! `shape!`: one table per EWS complex type, giving the parser its lookup table and
//! the user a typed view with one documented accessor per field.
//!
//! ```text
//! shape! {
//!     /// docs
//!     ImGroup, "ImGroup", IM_GROUP, ns = Family {
//!         display_name: "DisplayName" => Text,
//!         exchange_store_id: "ExchangeStoreId" => Obj(ItemId),
//!         member_correlation_key: "MemberCorrelationKey" => List(ItemId; "ItemId"),
//!     }
//! }
//! ```
//! Field kinds: `Text` (leaf), `Attr` (unqualified attribute), `Obj(T)` (a record of
//! view `T`), `List(T; "Item" | …)` (wrapper of records), `Texts("Item")` (wrapper of
//! strings), `Xml` (`MessageXml`). A field's index is its position in the list.

/// The `Src` a field kind is matched from.
macro_rules! src_of {
    (Attr) => {
        $crate::view::Src::Attr
    };
    ($other:ident) => {
        $crate::view::Src::Child
    };
}

/// The parser-side `Kind` of a field kind.
macro_rules! kind_def {
    (Text) => { $crate::view::Kind::Text };
    (Attr) => { $crate::view::Kind::Text };
    (Xml) => { $crate::view::Kind::MessageXml };
    (Obj($t:ident)) => { $crate::view::Kind::Record(<$t<'static> as $crate::view::HasShape>::SHAPE) };
    (List($t:ident; $($it:literal)|+)) => {
        $crate::view::Kind::List {
            items: &[$($it),+],
            item: &$crate::view::Kind::Record(<$t<'static> as $crate::view::HasShape>::SHAPE),
        }
    };
    (Texts($($it:literal)|+)) => {
        $crate::view::Kind::List { items: &[$($it),+], item: &$crate::view::Kind::Text }
    };
}

/// The accessor's return type for a field kind.
macro_rules! kind_ret {
    ($a:lifetime, Text) => { Option<&$a str> };
    ($a:lifetime, Attr) => { Option<&$a str> };
    ($a:lifetime, Xml) => { Option<$crate::view::MessageXml<$a>> };
    ($a:lifetime, Obj($t:ident)) => { Option<$t<$a>> };
    ($a:lifetime, List($t:ident; $($it:literal)|+)) => { Option<$crate::view::Items<$a, $t<$a>>> };
    ($a:lifetime, Texts($($it:literal)|+)) => { Option<$crate::view::Texts<$a>> };
}

/// The accessor's body for a field kind.
macro_rules! kind_get {
    ($rec:expr, $i:expr, Text) => {
        $rec.text($i)
    };
    ($rec:expr, $i:expr, Attr) => {
        $rec.text($i)
    };
    ($rec:expr, $i:expr, Obj($t:ident)) => {
        match $rec.get($i) {
            Some($crate::view::Value::Record(r)) => Some($t(r)),
            _ => None,
        }
    };
    ($rec:expr, $i:expr, $($other:tt)*) => {
        match $rec.get($i) {
            Some($crate::view::Value::List(v)) => Some($crate::view::Items::new(v)),
            _ => None,
        }
    };
}

/// What the accessor's documentation says about the field kind.
macro_rules! kind_doc {
    (Attr) => {
        "attribute"
    };
    (Text) => {
        "child element (text)"
    };
    (Xml) => {
        "child element (its entries)"
    };
    ($($other:tt)*) => {
        "child element"
    };
}

macro_rules! shape {
    (
        $(#[$doc:meta])*
        $name:ident, $xml_name:literal, $static:ident, ns = $ns:ident {
            $( $field:ident : $xml:literal $(| $alt:literal)* => $kind:ident $(( $($karg:tt)* ))? ),* $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug)]
        pub struct $name<'a>(pub(crate) $crate::view::Record<'a>);

        #[allow(non_camel_case_types, dead_code, clippy::upper_case_acronyms)]
        #[repr(u8)]
        enum $static { $($field),* }

        impl<'a> $name<'a> {
            $(
                #[doc = concat!("The `", $xml, "` ", kind_doc!($kind $(($($karg)*))?),
                    $(" (or `", $alt, "`)",)* "; JSON key `", stringify!($field), "`.")]
                #[inline]
                pub fn $field(&self) -> kind_ret!('a, $kind $(($($karg)*))?) {
                    kind_get!(self.0, $static::$field as usize, $kind $(($($karg)*))?)
                }
            )*

            /// The underlying record (for generic walks such as the JSON writer).
            pub fn record(&self) -> $crate::view::Record<'a> {
                self.0
            }
        }

        impl<'a> $crate::view::FromValue<'a> for $name<'a> {
            fn from_value(v: $crate::view::Value<'a>) -> Option<Self> {
                match v {
                    $crate::view::Value::Record(r) if std::ptr::eq(r.shape(), <Self as $crate::view::HasShape>::SHAPE) => Some($name(r)),
                    _ => None,
                }
            }
        }

        impl $crate::view::HasShape for $name<'_> {
            const SHAPE: &'static $crate::view::Shape = {
                static SHAPE: $crate::view::Shape = $crate::view::Shape {
                name: $xml_name,
                ns: $crate::view::NsRule::$ns,
                fields: &[ $( $crate::view::Field { key: $crate::view::strip_raw(stringify!($field)), kind: kind_def!($kind $(($($karg)*))?) } ),* ],
                names: {
                    const ENTRIES: &[(&str, $crate::view::Src, u8)] = &[
                        $( ($xml, src_of!($kind), $static::$field as u8), $( ($alt, src_of!($kind), $static::$field as u8), )* )*
                    ];
                    $crate::view::NameTable::new(ENTRIES)
                },
            };
                &SHAPE
            };
        }
    };
}
