//! The access flow model: what an admin configures, after validation.
//!
//! Discriminators are closed enums and the time zone is a parsed
//! [`Tz`], so an invalid flow cannot be represented. Defaults are filled in
//! by validation (`active` true, trigger `user_request` at any time, settings
//! all false), so a flow reads back with the values that apply.
//!
//! The serde form is what the database stores (as JSON text) and what audit
//! events carry as before and after. Server-owned fields (id, creation time,
//! revision) live beside the model, in the store's record.

use std::num::NonZeroU32;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessFlow {
    pub name: String,
    pub active: bool,
    pub trigger: Trigger,
    pub grantees: Vec<Grantee>,
    pub integration_targets: Vec<IntegrationTarget>,
    pub bundle_targets: Vec<BundleTarget>,
    pub approvers: Vec<Approver>,
    pub revoke_after: RevokeAfter,
    pub settings: Settings,
}

/// When a flow applies. The only trigger is a person filing a request
/// (`user_request`), so the type is implied; the timeframe narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    /// `None`: at any time.
    pub timeframe: Option<Timeframe>,
}

impl Trigger {
    /// The wire name of the one trigger type.
    pub const USER_REQUEST: &'static str = "user_request";
}

/// A weekly window: `[start, end)` seconds after local midnight on `days`, in
/// `time_zone`. Validation guarantees `start < end <= 86400`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeframe {
    pub start_second: u32,
    pub end_second: u32,
    /// In the order the client gave them, without duplicates. Empty: every
    /// day.
    pub days: Vec<Day>,
    #[serde(with = "tz_name")]
    pub time_zone: Tz,
}

/// Seconds in a day: the exclusive upper bound of a timeframe's end.
pub const SECONDS_PER_DAY: u32 = 86_400;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Day {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Day {
    pub const ALL: [Day; 7] = [
        Day::Monday,
        Day::Tuesday,
        Day::Wednesday,
        Day::Thursday,
        Day::Friday,
        Day::Saturday,
        Day::Sunday,
    ];

    pub const NAMES: &'static [&'static str] = &[
        "MONDAY",
        "TUESDAY",
        "WEDNESDAY",
        "THURSDAY",
        "FRIDAY",
        "SATURDAY",
        "SUNDAY",
    ];

    /// Exact, upper-case names only, as Apono spells them.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// Someone who may request through a flow.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Grantee {
    pub kind: PrincipalKind,
    /// A user's id (an email address) or a directory group's id.
    pub id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrincipalKind {
    User,
    Group,
}

impl PrincipalKind {
    pub const NAMES: &'static [&'static str] = &["user", "group"];

    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "user" => Some(Self::User),
            "group" => Some(Self::Group),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Group => "group",
        }
    }
}

/// Who approves requests through a flow.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Approver {
    /// One user, by id (an email address).
    User { id: String },
    /// Any member of a directory group.
    Group { id: String },
    /// The requester's manager in the directory.
    Manager,
    /// The owners of the requested resource, else of its service.
    Owner,
}

impl Approver {
    pub const NAMES: &'static [&'static str] = &["user", "group", "manager", "owner"];

    pub fn type_name(&self) -> &'static str {
        match self {
            Self::User { .. } => "user",
            Self::Group { .. } => "group",
            Self::Manager => "manager",
            Self::Owner => "owner",
        }
    }

    /// The id on the wire: empty for the types that name nobody.
    pub fn id(&self) -> &str {
        match self {
            Self::User { id } | Self::Group { id } => id,
            Self::Manager | Self::Owner => "",
        }
    }
}

/// A set of resources of one integration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntegrationTarget {
    pub integration_id: String,
    pub resource_type: String,
    pub resource_tag_includes: Vec<ResourceTag>,
    pub resource_tag_excludes: Vec<ResourceTag>,
    /// Empty: any permission.
    pub permissions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ResourceTag {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BundleTarget {
    pub bundle_id: String,
}

/// How long a grant through this flow lasts (and the longest it may be).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RevokeAfter {
    /// `-1` on the wire: the grant does not expire.
    Never,
    Seconds(NonZeroU32),
}

impl RevokeAfter {
    /// The wire value of [`RevokeAfter::Never`].
    pub const NEVER: i32 = -1;

    /// The wire form: `-1` or the seconds.
    pub fn as_wire(self) -> i32 {
        match self {
            Self::Never => Self::NEVER,
            // Validation caps seconds far below i32::MAX.
            Self::Seconds(s) => i32::try_from(s.get()).unwrap_or(i32::MAX),
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub require_justification_on_request_again: bool,
    pub require_all_approvers: bool,
    pub require_approver_justification: bool,
    pub approver_cannot_approve_himself: bool,
}

/// Stores a time zone by its IANA name, and refuses a stored name that no
/// longer parses rather than guessing.
mod tz_name {
    use chrono_tz::Tz;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(tz: &Tz, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(tz.name())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Tz, D::Error> {
        let name = String::deserialize(d)?;
        name.parse()
            .map_err(|_| D::Error::custom(format!("unknown time zone {name:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_names_round_trip_and_are_case_sensitive() {
        for day in Day::ALL {
            assert_eq!(Day::parse(day.as_str()), Some(day));
        }
        assert_eq!(Day::parse("monday"), None);
        assert_eq!(Day::parse("MON"), None);
    }

    #[test]
    fn the_stored_form_keeps_the_time_zone_by_name() {
        let timeframe = Timeframe {
            start_second: 0,
            end_second: SECONDS_PER_DAY,
            days: vec![Day::Sunday],
            time_zone: chrono_tz::Europe::Helsinki,
        };
        let json = serde_json::to_value(&timeframe).unwrap();
        assert_eq!(json["time_zone"], "Europe/Helsinki");
        assert_eq!(json["days"][0], "SUNDAY");
        assert_eq!(serde_json::from_value::<Timeframe>(json).unwrap(), timeframe);

        let unknown = serde_json::json!({
            "start_second": 0, "end_second": 1, "days": [], "time_zone": "Mars/Olympus"
        });
        assert!(serde_json::from_value::<Timeframe>(unknown).is_err());
    }
}
