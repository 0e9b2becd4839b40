//! Cell values of dataset rows.
//!
//! Figures are kept as exact decimals with the scale they were printed with
//! (`5.80` stays `5.80`, `100` stays `100`) and are written to JSON as numbers
//! with exactly those digits, so no float noise can reach a client.

use std::{cmp::Ordering, fmt, str::FromStr, sync::Arc};

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

/// An exact decimal figure as printed in a report.
#[derive(Clone, Debug)]
pub struct Figure {
    value: Decimal,
    /// The figure's JSON text, identical to the printed digits.
    json: Arc<RawValue>,
}

impl Figure {
    /// The exact value, for comparisons and arithmetic.
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// Builds a figure from an exact decimal, keeping its scale.
    pub fn from_decimal(value: Decimal) -> Self {
        let json = RawValue::from_string(value.to_string()).expect("a decimal's Display form is a valid JSON number");
        Figure {
            value,
            json: Arc::from(json),
        }
    }

    /// The figure as text, exactly as printed.
    pub fn as_str(&self) -> &str {
        self.json.get()
    }
}

/// Error for text that is not a plain decimal figure such as `15.91` or `-3`.
#[derive(Debug, thiserror::Error)]
#[error("{0:?} is not a plain decimal figure")]
pub struct NotAFigure(String);

impl FromStr for Figure {
    type Err = NotAFigure;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let digits = text.strip_prefix('-').unwrap_or(text);
        let plain = !digits.is_empty()
            && !digits.starts_with('.')
            && !digits.ends_with('.')
            && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
            && digits.matches('.').count() <= 1;
        if !plain {
            return Err(NotAFigure(text.to_owned()));
        }
        let value = Decimal::from_str_exact(text).map_err(|_| NotAFigure(text.to_owned()))?;
        Ok(Figure::from_decimal(value))
    }
}

impl PartialEq for Figure {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(serializer)
    }
}

/// One cell of a dataset row.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Integer(i64),
    Figure(Figure),
    Text(Arc<str>),
}

impl Value {
    /// The value as CSV cell text: figures exactly as printed, `true`/`false`,
    /// and an empty cell for null.
    pub fn to_csv_field(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Bool(b) => b.to_string(),
            Value::Integer(i) => i.to_string(),
            Value::Figure(f) => f.as_str().to_owned(),
            Value::Text(t) => t.to_string(),
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Total order used for sorting: null sorts before everything else, then
    /// values of the same type compare naturally (text by code point).
    pub fn sort_cmp(&self, other: &Value) -> Ordering {
        match (self, other) {
            (Value::Null, Value::Null) => Ordering::Equal,
            (Value::Null, _) => Ordering::Less,
            (_, Value::Null) => Ordering::Greater,
            (Value::Bool(a), Value::Bool(b)) => a.cmp(b),
            (Value::Integer(a), Value::Integer(b)) => a.cmp(b),
            (Value::Figure(a), Value::Figure(b)) => a.value.cmp(&b.value),
            (Value::Text(a), Value::Text(b)) => a.cmp(b),
            // Fields have one type, so mixed pairs do not occur; keep the order total anyway.
            (a, b) => a.rank().cmp(&b.rank()),
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Integer(_) => 2,
            Value::Figure(_) => 3,
            Value::Text(_) => 4,
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_none(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Integer(i) => serializer.serialize_i64(*i),
            Value::Figure(f) => f.serialize(serializer),
            Value::Text(t) => serializer.serialize_str(t),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_keep_their_printed_digits_in_json() {
        for printed in ["5.80", "100", "110.6", "0.33", "281.88", "-3.5"] {
            let figure: Figure = printed.parse().unwrap();
            assert_eq!(serde_json::to_string(&figure).unwrap(), printed);
            assert_eq!(figure.to_string(), printed);
        }
    }

    #[test]
    fn figure_arithmetic_is_exact() {
        let a: Figure = "34.57".parse().unwrap();
        let b: Figure = "28.14".parse().unwrap();
        let difference = Figure::from_decimal(a.value() - b.value());
        assert_eq!(difference.as_str(), "6.43");
    }

    #[test]
    fn text_that_is_not_a_plain_decimal_is_rejected() {
        for text in ["", ".5", "5.", "1e3", "NaN", "1.2.3", "+4", "12%", " 1"] {
            assert!(text.parse::<Figure>().is_err(), "{text:?} should be rejected");
        }
    }
}
