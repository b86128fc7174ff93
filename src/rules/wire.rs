//! `wire_enum!`: the enums of the answers and result files, with their snake_case names
//! written once. Serialization, parsing (`from_wire`), the list of values (`ALL`) and the
//! trace value all come from that one list — hand-written rather than derived, so that the
//! web app carries one small string reader for all of them instead of one visitor per enum.

/// Defines `pub enum $name` with `as_str`, `from_wire`, `ALL`, serde and `Val` conversions.
/// A variant may carry `#[cfg(…)]` (the test-only rule set: `#[cfg(test)]`).
#[macro_export]
macro_rules! wire_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[doc = $d:literal])* $(#[cfg($c:meta)])? $var:ident = $s:literal,)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[doc = $d])* $(#[cfg($c)])? $var,)+ }

        impl $name {
            /// Every value, in the order of the definition.
            pub const ALL: &'static [$name] = &[$($(#[cfg($c)])? $name::$var),+];
            /// The snake_case name used in the answers and result files.
            pub const fn as_str(self) -> &'static str {
                match self { $($(#[cfg($c)])? $name::$var => $s),+ }
            }
            /// The value of a snake_case name, if it is one.
            pub fn from_wire(s: &str) -> Option<$name> {
                match s { $($(#[cfg($c)])? $s => Some($name::$var),)+ _ => None }
            }
        }

        impl $crate::rules::wire::WireName for $name {
            fn wire_name(self) -> &'static str {
                self.as_str()
            }
            fn of_wire_name(s: &str) -> Option<$name> {
                $name::from_wire(s)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                $crate::rules::wire::read_name(d, &[$($(#[cfg($c)])? $s),+]).map(|i| $name::ALL[i])
            }
        }

        impl From<$name> for $crate::rules::values::Val {
            fn from(x: $name) -> $crate::rules::values::Val {
                $crate::rules::values::Val::Str(x.as_str())
            }
        }
    };
}

/// The enums of `wire_enum!`, for code generic over them (the web app's form fields).
pub trait WireName: Sized + Copy {
    fn wire_name(self) -> &'static str;
    fn of_wire_name(s: &str) -> Option<Self>;
}

/// Reads a string and returns its index in `names`; serde's "unknown variant" error
/// otherwise (the same message a derived enum gives).
pub fn read_name<'de, D: serde::Deserializer<'de>>(
    d: D,
    names: &'static [&'static str],
) -> Result<usize, D::Error> {
    let s = <String as serde::Deserialize>::deserialize(d)?;
    names
        .iter()
        .position(|n| *n == s)
        .ok_or_else(|| serde::de::Error::unknown_variant(&s, names))
}

#[cfg(test)]
mod tests {
    use crate::rules::answers::{PeriodKind, Sex};

    #[test]
    fn names_round_trip_and_unknown_names_are_refused() {
        for k in PeriodKind::ALL {
            let json = serde_json::to_string(k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
            assert_eq!(serde_json::from_str::<PeriodKind>(&json).unwrap(), *k);
            assert_eq!(PeriodKind::from_wire(k.as_str()), Some(*k));
        }
        let e = serde_json::from_str::<Sex>("\"other\"")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unknown variant `other`, expected `female` or `male`"),
            "{e}"
        );
        assert!(serde_json::from_str::<Sex>("1").is_err());
        assert_eq!(Sex::from_wire("unknown"), None);
    }
}
