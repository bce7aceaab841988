//! The owners of a service or resource (`directory_ownerships`): one row
//! per (ownership, user).

link_table!("directory_owners": org_id, service, resource_id, user_id);
