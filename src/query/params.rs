//! Query strings: decoding (strict percent-decoding into UTF-8 pairs) and
//! the pairs not yet consumed by a parser ([`Params`]), which end as an
//! unknown-parameter problem when nobody takes them.

use std::borrow::Cow;

use crate::error::{ApiError, echo};

/// Decodes a raw query string (`a=1&b=%E5%8C%97`) into name/value pairs.
/// `+` is a space; every `%` must start a valid escape and the decoded bytes
/// must be UTF-8.
pub fn decode_query(raw: Option<&str>) -> Result<Vec<(String, String)>, ApiError> {
    let Some(raw) = raw else {
        return Ok(Vec::new());
    };
    let mut pairs = Vec::new();
    for part in raw.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = part.split_once('=').unwrap_or((part, ""));
        let name = decode_component(name)?;
        if name.is_empty() {
            return Err(ApiError::MalformedQuery(format!(
                "{} has an empty parameter name",
                echo(part)
            )));
        }
        pairs.push((name, decode_component(value)?));
    }
    Ok(pairs)
}

fn decode_component(text: &str) -> Result<String, ApiError> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let valid = bytes.len() > i + 2 && bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit();
            if !valid {
                let end = (i + 3).min(bytes.len());
                return Err(ApiError::MalformedQuery(format!(
                    "{:?} is not a valid percent escape (expected % and two hex digits)",
                    String::from_utf8_lossy(&bytes[i..end])
                )));
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    let spaced = text.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .map(Cow::into_owned)
        .map_err(|_| ApiError::MalformedQuery(format!("{} does not decode to UTF-8 text", echo(text))))
}

/// Query pairs not yet consumed by a parser.
#[derive(Debug)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    pub fn new(pairs: Vec<(String, String)>) -> Self {
        Params { pairs }
    }

    /// Removes and returns the single value of `name`; an error if given twice.
    pub fn take_one(&mut self, name: &str) -> Result<Option<String>, ApiError> {
        let mut values = self.take_all(name);
        match values.len() {
            0 => Ok(None),
            1 => Ok(values.pop()),
            n => Err(ApiError::InvalidParameter {
                name: name.to_owned(),
                reason: format!("is given {n} times; give it once"),
                accepted: Some("a single value".to_owned()),
            }),
        }
    }

    /// Removes and returns every value of `name`, in order.
    pub fn take_all(&mut self, name: &str) -> Vec<String> {
        let mut taken = Vec::new();
        self.pairs.retain(|(n, v)| {
            if n == name {
                taken.push(v.clone());
                false
            } else {
                true
            }
        });
        taken
    }

    pub fn contains(&self, name: &str) -> bool {
        self.pairs.iter().any(|(n, _)| n == name)
    }

    /// Fails on the first parameter nobody consumed.
    pub fn finish(self, accepted: &[&str]) -> Result<(), ApiError> {
        match self.pairs.into_iter().next() {
            None => Ok(()),
            Some((name, _)) => Err(ApiError::UnknownParameter {
                name,
                accepted: if accepted.is_empty() {
                    "none: this endpoint takes no query parameters".to_owned()
                } else {
                    accepted.join(", ")
                },
            }),
        }
    }
}

/// Rejects any query parameter, for endpoints that take none.
pub fn no_parameters(raw: Option<&str>) -> Result<(), ApiError> {
    Params::new(decode_query(raw)?).finish(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_decode_percent_escapes_and_plus() {
        let pairs = decode_query(Some("city=%E5%8C%97%E4%BA%AC&x=a+b&&flag")).unwrap();
        assert_eq!(
            pairs,
            vec![
                ("city".to_owned(), "北京".to_owned()),
                ("x".to_owned(), "a b".to_owned()),
                ("flag".to_owned(), String::new())
            ]
        );
    }

    #[test]
    fn invalid_escapes_and_non_utf8_are_malformed() {
        for raw in ["a=%zz", "a=%E5%8C", "a=%", "a=%4", "%ff=1", "=1"] {
            let err = decode_query(Some(raw)).unwrap_err();
            assert!(matches!(err, ApiError::MalformedQuery(_)), "{raw}: {err:?}");
        }
    }
}
