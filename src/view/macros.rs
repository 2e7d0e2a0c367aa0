//! `shape!`: one table per EWS complex type, giving the parser its lookup table and
//! the user a typed view with one documented accessor per field.
//!
//! ```text
//! shape! {
//!     /// docs
//!     ImGroup / OwnedImGroup, "ImGroup", IM_GROUP, ns = Family {
//!         display_name: "DisplayName" => Text,
//!         exchange_store_id: "ExchangeStoreId" => Obj(ItemId),
//!         member_correlation_key: "MemberCorrelationKey" => List(ItemId; "ItemId"),
//!     }
//! }
//! ```
//! Field kinds: `Text` (leaf), `Attr` (unqualified attribute), `Obj(T)` (a record of
//! view `T`), `List(T; "Item" | …)` (wrapper of records), `Texts("Item")` (wrapper of
//! strings), `Xml` (`MessageXml`). A field's index is its position in the list.
//!
//! The same table also gives the owned form of the view (`OwnedImGroup`: one `Option`
//! field per schema child, `String`s and `Vec`s), which the response writer writes, and
//! the conversion from the view to it.

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

/// The owned field's type for a field kind.
macro_rules! kind_owned {
    (Text) => { Option<String> };
    (Attr) => { Option<String> };
    (Xml) => { Option<Vec<$crate::view::OwnedMessageXmlEntry>> };
    (Obj($t:ident)) => { Option<<$t<'static> as $crate::view::HasOwned>::Owned> };
    (List($t:ident; $($it:literal)|+)) => { Option<Vec<<$t<'static> as $crate::view::HasOwned>::Owned>> };
    (Texts($($it:literal)|+)) => { Option<Vec<String>> };
}

/// The owned value of a view's field (`$v` is the accessor's `Option`).
macro_rules! kind_to_owned {
    ($v:expr, Text) => {
        $v.map(str::to_owned)
    };
    ($v:expr, Attr) => {
        $v.map(str::to_owned)
    };
    ($v:expr, Obj($t:ident)) => {
        $v.map(|x| $crate::view::HasOwned::to_owned_model(&x))
    };
    ($v:expr, $($other:tt)*) => {
        $v.map(|items| items.iter().map(|x| $crate::view::HasOwned::to_owned_model(&x)).collect())
    };
}

/// A generated value of the owned field (see `ModelGen`).
macro_rules! kind_generate {
    ($g:expr, Text) => {
        $g.text(false)
    };
    ($g:expr, Attr) => {
        $g.text(true)
    };
    ($g:expr, Xml) => {
        (0..$g.count()).map(|_| $crate::view::OwnedMessageXmlEntry::generate($g)).collect()
    };
    ($g:expr, Obj($t:ident)) => {
        <<$t<'static> as $crate::view::HasOwned>::Owned as $crate::view::Model>::generate($g)
    };
    ($g:expr, List($t:ident; $($it:literal)|+)) => {
        (0..$g.count())
            .map(|_| <<$t<'static> as $crate::view::HasOwned>::Owned as $crate::view::Model>::generate($g))
            .collect()
    };
    ($g:expr, Texts($($it:literal)|+)) => {
        (0..$g.count()).map(|_| $g.text(false)).collect()
    };
}

/// Hands one present owned field to a `FieldSink`.
macro_rules! kind_visit {
    ($s:expr, $i:expr, $v:expr, Text) => {
        $s.text($i, $v)
    };
    ($s:expr, $i:expr, $v:expr, Attr) => {
        $s.text($i, $v)
    };
    ($s:expr, $i:expr, $v:expr, Xml) => {
        $s.entries($i, $v.iter())
    };
    ($s:expr, $i:expr, $v:expr, Obj($t:ident)) => {
        $s.record($i, $v)
    };
    ($s:expr, $i:expr, $v:expr, List($t:ident; $($it:literal)|+)) => {
        $s.list($i, $v.iter())
    };
    ($s:expr, $i:expr, $v:expr, Texts($($it:literal)|+)) => {
        $s.texts($i, $v.iter().map(String::as_str))
    };
}

/// Whether a field kind is an attribute.
macro_rules! kind_is_attr {
    (Attr) => {
        true
    };
    ($($other:tt)*) => {
        false
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
        $name:ident / $owned:ident, $xml_name:literal, $static:ident, ns = $ns:ident {
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
                fields: &[ $( $crate::view::Field {
                    key: $crate::view::strip_raw(stringify!($field)),
                    xml: $xml,
                    attr: kind_is_attr!($kind $(($($karg)*))?),
                    kind: kind_def!($kind $(($($karg)*))?),
                } ),* ],
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

        #[doc = concat!("The owned form of [`", stringify!($name), "`] (`", $xml_name, "`), for the response ",
            "writer ([`crate::write::write_response`]): one field per schema child, `None` when absent.")]
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct $owned {
            $(
                #[doc = concat!("`", $xml, "` ", kind_doc!($kind $(($($karg)*))?), ".")]
                pub $field: kind_owned!($kind $(($($karg)*))?),
            )*
        }

        impl $owned {
            #[doc = concat!("The owned copy of a [`", stringify!($name), "`] view.")]
            pub fn from_view(v: $name<'_>) -> Self {
                $owned { $( $field: kind_to_owned!(v.$field(), $kind $(($($karg)*))?), )* }
            }
        }

        impl $crate::view::HasOwned for $name<'_> {
            type Owned = $owned;
            fn to_owned_model(&self) -> $owned {
                $owned::from_view(*self)
            }
        }

        impl $crate::view::Model for $owned {
            fn generate(g: &mut dyn $crate::view::ModelGen) -> Self {
                let mut m = $owned::default();
                $( if g.present() { m.$field = Some(kind_generate!(g, $kind $(($($karg)*))?)); } )*
                m
            }
        }

        impl $crate::view::Fields for $owned {
            fn shape(&self) -> &'static $crate::view::Shape {
                <$name<'static> as $crate::view::HasShape>::SHAPE
            }
            fn has_children(&self) -> bool {
                false $( || (!kind_is_attr!($kind $(($($karg)*))?) && self.$field.is_some()) )*
            }
            fn visit<S: $crate::view::FieldSink>(&self, s: &mut S) -> Result<(), S::Error> {
                $(
                    if let Some(v) = &self.$field {
                        kind_visit!(s, $static::$field as usize, v, $kind $(($($karg)*))?)?;
                    }
                )*
                Ok(())
            }
        }
    };
}
