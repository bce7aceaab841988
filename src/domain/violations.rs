//! Collects every invalid field of a request, so one INVALID_ARGUMENT can
//! name them all instead of making the client fix them one round trip at a
//! time.

use crate::error::{Error, FieldViolation};

#[derive(Debug, Default)]
pub struct Violations(Vec<FieldViolation>);

impl Violations {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: impl Into<String>, description: impl Into<String>) {
        self.0.push(FieldViolation::new(field, description));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many violations are recorded; comparing it before and after a
    /// check tells whether that check passed.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// `Ok(value)` if nothing was recorded, else INVALID_ARGUMENT with every
    /// violation.
    pub fn into_result<T>(self, value: T) -> Result<T, Error> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(Error::InvalidArgument(self.0))
        }
    }

    /// Checks the common shape of a name or id: present, at most `max`
    /// characters, no surrounding whitespace, no control characters.
    pub fn check_text(&mut self, field: &str, value: &str, max: usize) {
        if value.is_empty() {
            self.add(field, "must not be empty");
        } else if value.chars().count() > max {
            self.add(field, format!("must be at most {max} characters"));
        } else if value.trim() != value {
            self.add(field, "must not start or end with whitespace");
        } else if value.chars().any(char::is_control) {
            self.add(field, "must not contain control characters");
        }
    }
}

/// The description of a value outside a closed set: names every allowed one.
pub fn one_of(names: &[&str]) -> String {
    format!("must be one of: {}", names.join(", "))
}
