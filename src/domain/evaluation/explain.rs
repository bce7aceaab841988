//! Where matching records why it decided: a list of reasons, or nowhere.
//!
//! One matcher serves both views (AIP-157 style): FULL explains every
//! policy, BASIC only the ones that match, so a non-matching candidate
//! costs a comparison, not a sentence. Reasons are closures, built only by
//! a sink that keeps them.

/// A sink for reasons.
pub trait Reasons {
    fn note(&mut self, reason: impl FnOnce() -> String);
}

impl Reasons for Vec<String> {
    fn note(&mut self, reason: impl FnOnce() -> String) {
        self.push(reason());
    }
}

/// Keeps no reasons: the caller needs only the verdict.
pub struct Verdict;

impl Reasons for Verdict {
    fn note(&mut self, _: impl FnOnce() -> String) {}
}

/// How much an evaluation explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The outcome, the matching policies with their reasons, the paths and
    /// their constraints: policies that do not apply are left out.
    Basic,
    /// Everything BASIC has, plus every policy considered with why it does
    /// not apply.
    #[default]
    Full,
}
