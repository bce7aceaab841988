//! How much configuration one org may hold: deployment settings
//! (`--max-routing-rules`, `--max-access-flows`), checked on every write
//! that adds to it.

/// The defaults fit an org of thousands of services and teams; the
/// benchmarks run at them.
pub const DEFAULT_MAX_ROUTING_RULES: usize = 10_000;
pub const DEFAULT_MAX_ACCESS_FLOWS: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrgLimits {
    /// The most rules one routing workflow may hold.
    pub max_routing_rules: usize,
    /// The most access flows one org may hold.
    pub max_access_flows: usize,
}

impl Default for OrgLimits {
    fn default() -> Self {
        Self {
            max_routing_rules: DEFAULT_MAX_ROUTING_RULES,
            max_access_flows: DEFAULT_MAX_ACCESS_FLOWS,
        }
    }
}
