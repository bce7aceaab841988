import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Pagination } from "./common_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file jitgate/v1/directory.proto.
 */
export declare const file_jitgate_v1_directory: GenFile;
/**
 * A person in the directory.
 *
 * @generated from message jitgate.v1.User
 */
export type User = Message<"jitgate.v1.User"> & {
    /**
     * The user's id, as in tokens' `sub`: an email address, or an opaque id
     * such as a SailPoint identity id (32 hex digits), an Okta id or a plain
     * user name. An id with an `@` must be an email address; it is stored
     * with ASCII letters lower-cased and looked up case-insensitively. Any
     * other id is compared exactly and must not contain `/` or whitespace.
     * At most 320 characters. Required.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * Contact email address. Empty: the same as `id` when `id` is an email
     * address, else none.
     *
     * @generated from field: string email = 2;
     */
    email: string;
    /**
     * Human readable name. At most 255 characters.
     *
     * @generated from field: string display_name = 3;
     */
    displayName: string;
    /**
     * The id of the user's manager, an existing user other than this one.
     * Empty: no manager. Used for `manager` approvers, `requestor-profile`
     * approvals reading `manager`, on-behalf-of requests by managers, and
     * escalation.
     *
     * @generated from field: string manager_id = 4;
     */
    managerId: string;
    /**
     * Profile attributes, such as `department` or `costCenter`, read by
     * `requestor-profile` approvals through their `profile_property`. The
     * property `manager` reads `manager_id` unless this map has a `manager`
     * key. At most 100 entries; keys 1 to 128 characters, values at most 1024.
     *
     * @generated from field: map<string, string> attributes = 5;
     */
    attributes: {
        [key: string]: string;
    };
    /**
     * The ids of the groups the user belongs to, sorted. Read-only: ignored on
     * upsert (use the membership RPCs or BatchUpsert).
     *
     * @generated from field: repeated string group_ids = 6;
     */
    groupIds: string[];
};
/**
 * Describes the message jitgate.v1.User.
 * Use `create(UserSchema)` to create a new message.
 */
export declare const UserSchema: GenMessage<User>;
/**
 * A group of users, such as an IdP group.
 *
 * @generated from message jitgate.v1.Group
 */
export type Group = Message<"jitgate.v1.Group"> & {
    /**
     * The group's id, unique in the org (such as the IdP's group id). 1 to
     * 255 characters. Required.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * Human readable name. At most 255 characters.
     *
     * @generated from field: string display_name = 2;
     */
    displayName: string;
    /**
     * The directory the group comes from, such as `okta` or `azure-ad`.
     * Informational: routing rules and flows match groups by `id` only.
     *
     * @generated from field: string directory = 3;
     */
    directory: string;
};
/**
 * Describes the message jitgate.v1.Group.
 * Use `create(GroupSchema)` to create a new message.
 */
export declare const GroupSchema: GenMessage<Group>;
/**
 * The members of one group, replacing its whole member list (BatchUpsert).
 *
 * @generated from message jitgate.v1.GroupMembers
 */
export type GroupMembers = Message<"jitgate.v1.GroupMembers"> & {
    /**
     * The group's id: an existing group, or one of the same batch.
     *
     * @generated from field: string group_id = 1;
     */
    groupId: string;
    /**
     * The members' user ids, each at most once. Empty: the group has no
     * members.
     *
     * @generated from field: repeated string user_ids = 2;
     */
    userIds: string[];
};
/**
 * Describes the message jitgate.v1.GroupMembers.
 * Use `create(GroupMembersSchema)` to create a new message.
 */
export declare const GroupMembersSchema: GenMessage<GroupMembers>;
/**
 * Who is on call for one service of one on-call integration.
 *
 * @generated from message jitgate.v1.OnCallRoster
 */
export type OnCallRoster = Message<"jitgate.v1.OnCallRoster"> & {
    /**
     * The on-call integration, such as `pagerduty` or `opsgenie`: matched
     * against routing approvals' `integration`. 1 to 255 characters.
     *
     * @generated from field: string integration = 1;
     */
    integration: string;
    /**
     * The service within the integration, such as `payments`: matched against
     * `escalation` approvals' `services`. 1 to 255 characters.
     *
     * @generated from field: string service = 2;
     */
    service: string;
    /**
     * The ids of the users currently on call, each at most once; read back
     * sorted. Empty: nobody is on call.
     *
     * @generated from field: repeated string user_ids = 3;
     */
    userIds: string[];
};
/**
 * Describes the message jitgate.v1.OnCallRoster.
 * Use `create(OnCallRosterSchema)` to create a new message.
 */
export declare const OnCallRosterSchema: GenMessage<OnCallRoster>;
/**
 * The owners of a service or of one resource, who approve as `owner`
 * approvers and the `sourceOwner` / `entitlementOwner` schemes.
 *
 * @generated from message jitgate.v1.Ownership
 */
export type Ownership = Message<"jitgate.v1.Ownership"> & {
    /**
     * SERVICE or RESOURCE; must agree with `resource_id` (INVALID_ARGUMENT
     * otherwise). Unset is inferred. Always set on output.
     *
     * @generated from field: jitgate.v1.OwnerKind kind = 1;
     */
    kind: OwnerKind;
    /**
     * The service (integration) as in a request's `resource.service`, such as
     * `aws`. 1 to 255 characters. Required.
     *
     * @generated from field: string service = 2;
     */
    service: string;
    /**
     * For RESOURCE: the resource's id as in a request's
     * `resource.resource_id` (may contain `/`). Empty for SERVICE.
     *
     * @generated from field: string resource_id = 3;
     */
    resourceId: string;
    /**
     * The owners' user ids, each at most once; read back sorted. At least
     * one.
     *
     * @generated from field: repeated string owner_ids = 4;
     */
    ownerIds: string[];
};
/**
 * Describes the message jitgate.v1.Ownership.
 * Use `create(OwnershipSchema)` to create a new message.
 */
export declare const OwnershipSchema: GenMessage<Ownership>;
/**
 * Request for UpsertUser.
 *
 * @generated from message jitgate.v1.UpsertUserRequest
 */
export type UpsertUserRequest = Message<"jitgate.v1.UpsertUserRequest"> & {
    /**
     * The user; its `id` is the path's.
     *
     * @generated from field: jitgate.v1.User user = 1;
     */
    user?: User | undefined;
};
/**
 * Describes the message jitgate.v1.UpsertUserRequest.
 * Use `create(UpsertUserRequestSchema)` to create a new message.
 */
export declare const UpsertUserRequestSchema: GenMessage<UpsertUserRequest>;
/**
 * Response of UpsertUser. Over REST the body is the user itself.
 *
 * @generated from message jitgate.v1.UpsertUserResponse
 */
export type UpsertUserResponse = Message<"jitgate.v1.UpsertUserResponse"> & {
    /**
     * The user as stored.
     *
     * @generated from field: jitgate.v1.User user = 1;
     */
    user?: User | undefined;
};
/**
 * Describes the message jitgate.v1.UpsertUserResponse.
 * Use `create(UpsertUserResponseSchema)` to create a new message.
 */
export declare const UpsertUserResponseSchema: GenMessage<UpsertUserResponse>;
/**
 * Request for GetUser.
 *
 * @generated from message jitgate.v1.GetUserRequest
 */
export type GetUserRequest = Message<"jitgate.v1.GetUserRequest"> & {
    /**
     * The user's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message jitgate.v1.GetUserRequest.
 * Use `create(GetUserRequestSchema)` to create a new message.
 */
export declare const GetUserRequestSchema: GenMessage<GetUserRequest>;
/**
 * Response of GetUser. Over REST the body is the user itself.
 *
 * @generated from message jitgate.v1.GetUserResponse
 */
export type GetUserResponse = Message<"jitgate.v1.GetUserResponse"> & {
    /**
     * The user.
     *
     * @generated from field: jitgate.v1.User user = 1;
     */
    user?: User | undefined;
};
/**
 * Describes the message jitgate.v1.GetUserResponse.
 * Use `create(GetUserResponseSchema)` to create a new message.
 */
export declare const GetUserResponseSchema: GenMessage<GetUserResponse>;
/**
 * Request for ListUsers.
 *
 * @generated from message jitgate.v1.ListUsersRequest
 */
export type ListUsersRequest = Message<"jitgate.v1.ListUsersRequest"> & {
    /**
     * Page size: 1 to 100; zero or unset means 50. Above 100 is
     * INVALID_ARGUMENT.
     *
     * @generated from field: int32 limit = 1;
     */
    limit: number;
    /**
     * Number of users to skip; zero or more.
     *
     * @generated from field: int32 offset = 2;
     */
    offset: number;
    /**
     * When set, only the direct reports of this manager.
     *
     * @generated from field: string manager_id = 3;
     */
    managerId: string;
};
/**
 * Describes the message jitgate.v1.ListUsersRequest.
 * Use `create(ListUsersRequestSchema)` to create a new message.
 */
export declare const ListUsersRequestSchema: GenMessage<ListUsersRequest>;
/**
 * Response of ListUsers.
 *
 * @generated from message jitgate.v1.ListUsersResponse
 */
export type ListUsersResponse = Message<"jitgate.v1.ListUsersResponse"> & {
    /**
     * The users of this page.
     *
     * @generated from field: repeated jitgate.v1.User data = 1;
     */
    data: User[];
    /**
     * The paging summary.
     *
     * @generated from field: jitgate.v1.Pagination pagination = 2;
     */
    pagination?: Pagination | undefined;
};
/**
 * Describes the message jitgate.v1.ListUsersResponse.
 * Use `create(ListUsersResponseSchema)` to create a new message.
 */
export declare const ListUsersResponseSchema: GenMessage<ListUsersResponse>;
/**
 * Request for DeleteUser.
 *
 * @generated from message jitgate.v1.DeleteUserRequest
 */
export type DeleteUserRequest = Message<"jitgate.v1.DeleteUserRequest"> & {
    /**
     * The user's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message jitgate.v1.DeleteUserRequest.
 * Use `create(DeleteUserRequestSchema)` to create a new message.
 */
export declare const DeleteUserRequestSchema: GenMessage<DeleteUserRequest>;
/**
 * Response of DeleteUser: empty (REST 204).
 *
 * @generated from message jitgate.v1.DeleteUserResponse
 */
export type DeleteUserResponse = Message<"jitgate.v1.DeleteUserResponse"> & {};
/**
 * Describes the message jitgate.v1.DeleteUserResponse.
 * Use `create(DeleteUserResponseSchema)` to create a new message.
 */
export declare const DeleteUserResponseSchema: GenMessage<DeleteUserResponse>;
/**
 * Request for UpsertGroup.
 *
 * @generated from message jitgate.v1.UpsertGroupRequest
 */
export type UpsertGroupRequest = Message<"jitgate.v1.UpsertGroupRequest"> & {
    /**
     * The group; its `id` is the path's.
     *
     * @generated from field: jitgate.v1.Group group = 1;
     */
    group?: Group | undefined;
};
/**
 * Describes the message jitgate.v1.UpsertGroupRequest.
 * Use `create(UpsertGroupRequestSchema)` to create a new message.
 */
export declare const UpsertGroupRequestSchema: GenMessage<UpsertGroupRequest>;
/**
 * Response of UpsertGroup. Over REST the body is the group itself.
 *
 * @generated from message jitgate.v1.UpsertGroupResponse
 */
export type UpsertGroupResponse = Message<"jitgate.v1.UpsertGroupResponse"> & {
    /**
     * The group as stored.
     *
     * @generated from field: jitgate.v1.Group group = 1;
     */
    group?: Group | undefined;
};
/**
 * Describes the message jitgate.v1.UpsertGroupResponse.
 * Use `create(UpsertGroupResponseSchema)` to create a new message.
 */
export declare const UpsertGroupResponseSchema: GenMessage<UpsertGroupResponse>;
/**
 * Request for GetGroup.
 *
 * @generated from message jitgate.v1.GetGroupRequest
 */
export type GetGroupRequest = Message<"jitgate.v1.GetGroupRequest"> & {
    /**
     * The group's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message jitgate.v1.GetGroupRequest.
 * Use `create(GetGroupRequestSchema)` to create a new message.
 */
export declare const GetGroupRequestSchema: GenMessage<GetGroupRequest>;
/**
 * Response of GetGroup. Over REST the body is the group itself.
 *
 * @generated from message jitgate.v1.GetGroupResponse
 */
export type GetGroupResponse = Message<"jitgate.v1.GetGroupResponse"> & {
    /**
     * The group.
     *
     * @generated from field: jitgate.v1.Group group = 1;
     */
    group?: Group | undefined;
};
/**
 * Describes the message jitgate.v1.GetGroupResponse.
 * Use `create(GetGroupResponseSchema)` to create a new message.
 */
export declare const GetGroupResponseSchema: GenMessage<GetGroupResponse>;
/**
 * Request for ListGroups.
 *
 * @generated from message jitgate.v1.ListGroupsRequest
 */
export type ListGroupsRequest = Message<"jitgate.v1.ListGroupsRequest"> & {
    /**
     * Page size: 1 to 100; zero or unset means 50. Above 100 is
     * INVALID_ARGUMENT.
     *
     * @generated from field: int32 limit = 1;
     */
    limit: number;
    /**
     * Number of groups to skip; zero or more.
     *
     * @generated from field: int32 offset = 2;
     */
    offset: number;
};
/**
 * Describes the message jitgate.v1.ListGroupsRequest.
 * Use `create(ListGroupsRequestSchema)` to create a new message.
 */
export declare const ListGroupsRequestSchema: GenMessage<ListGroupsRequest>;
/**
 * Response of ListGroups.
 *
 * @generated from message jitgate.v1.ListGroupsResponse
 */
export type ListGroupsResponse = Message<"jitgate.v1.ListGroupsResponse"> & {
    /**
     * The groups of this page.
     *
     * @generated from field: repeated jitgate.v1.Group data = 1;
     */
    data: Group[];
    /**
     * The paging summary.
     *
     * @generated from field: jitgate.v1.Pagination pagination = 2;
     */
    pagination?: Pagination | undefined;
};
/**
 * Describes the message jitgate.v1.ListGroupsResponse.
 * Use `create(ListGroupsResponseSchema)` to create a new message.
 */
export declare const ListGroupsResponseSchema: GenMessage<ListGroupsResponse>;
/**
 * Request for DeleteGroup.
 *
 * @generated from message jitgate.v1.DeleteGroupRequest
 */
export type DeleteGroupRequest = Message<"jitgate.v1.DeleteGroupRequest"> & {
    /**
     * The group's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message jitgate.v1.DeleteGroupRequest.
 * Use `create(DeleteGroupRequestSchema)` to create a new message.
 */
export declare const DeleteGroupRequestSchema: GenMessage<DeleteGroupRequest>;
/**
 * Response of DeleteGroup: empty (REST 204).
 *
 * @generated from message jitgate.v1.DeleteGroupResponse
 */
export type DeleteGroupResponse = Message<"jitgate.v1.DeleteGroupResponse"> & {};
/**
 * Describes the message jitgate.v1.DeleteGroupResponse.
 * Use `create(DeleteGroupResponseSchema)` to create a new message.
 */
export declare const DeleteGroupResponseSchema: GenMessage<DeleteGroupResponse>;
/**
 * Request for AddGroupMember.
 *
 * @generated from message jitgate.v1.AddGroupMemberRequest
 */
export type AddGroupMemberRequest = Message<"jitgate.v1.AddGroupMemberRequest"> & {
    /**
     * The group's id.
     *
     * @generated from field: string group_id = 1;
     */
    groupId: string;
    /**
     * The user's id.
     *
     * @generated from field: string user_id = 2;
     */
    userId: string;
};
/**
 * Describes the message jitgate.v1.AddGroupMemberRequest.
 * Use `create(AddGroupMemberRequestSchema)` to create a new message.
 */
export declare const AddGroupMemberRequestSchema: GenMessage<AddGroupMemberRequest>;
/**
 * Response of AddGroupMember: empty.
 *
 * @generated from message jitgate.v1.AddGroupMemberResponse
 */
export type AddGroupMemberResponse = Message<"jitgate.v1.AddGroupMemberResponse"> & {};
/**
 * Describes the message jitgate.v1.AddGroupMemberResponse.
 * Use `create(AddGroupMemberResponseSchema)` to create a new message.
 */
export declare const AddGroupMemberResponseSchema: GenMessage<AddGroupMemberResponse>;
/**
 * Request for RemoveGroupMember.
 *
 * @generated from message jitgate.v1.RemoveGroupMemberRequest
 */
export type RemoveGroupMemberRequest = Message<"jitgate.v1.RemoveGroupMemberRequest"> & {
    /**
     * The group's id.
     *
     * @generated from field: string group_id = 1;
     */
    groupId: string;
    /**
     * The user's id.
     *
     * @generated from field: string user_id = 2;
     */
    userId: string;
};
/**
 * Describes the message jitgate.v1.RemoveGroupMemberRequest.
 * Use `create(RemoveGroupMemberRequestSchema)` to create a new message.
 */
export declare const RemoveGroupMemberRequestSchema: GenMessage<RemoveGroupMemberRequest>;
/**
 * Response of RemoveGroupMember: empty (REST 204).
 *
 * @generated from message jitgate.v1.RemoveGroupMemberResponse
 */
export type RemoveGroupMemberResponse = Message<"jitgate.v1.RemoveGroupMemberResponse"> & {};
/**
 * Describes the message jitgate.v1.RemoveGroupMemberResponse.
 * Use `create(RemoveGroupMemberResponseSchema)` to create a new message.
 */
export declare const RemoveGroupMemberResponseSchema: GenMessage<RemoveGroupMemberResponse>;
/**
 * Request for ListGroupMembers.
 *
 * @generated from message jitgate.v1.ListGroupMembersRequest
 */
export type ListGroupMembersRequest = Message<"jitgate.v1.ListGroupMembersRequest"> & {
    /**
     * The group's id.
     *
     * @generated from field: string group_id = 1;
     */
    groupId: string;
    /**
     * Page size: 1 to 100; zero or unset means 50. Above 100 is
     * INVALID_ARGUMENT.
     *
     * @generated from field: int32 limit = 2;
     */
    limit: number;
    /**
     * Number of members to skip; zero or more.
     *
     * @generated from field: int32 offset = 3;
     */
    offset: number;
};
/**
 * Describes the message jitgate.v1.ListGroupMembersRequest.
 * Use `create(ListGroupMembersRequestSchema)` to create a new message.
 */
export declare const ListGroupMembersRequestSchema: GenMessage<ListGroupMembersRequest>;
/**
 * Response of ListGroupMembers.
 *
 * @generated from message jitgate.v1.ListGroupMembersResponse
 */
export type ListGroupMembersResponse = Message<"jitgate.v1.ListGroupMembersResponse"> & {
    /**
     * The members of this page, sorted by id.
     *
     * @generated from field: repeated jitgate.v1.User data = 1;
     */
    data: User[];
    /**
     * The paging summary.
     *
     * @generated from field: jitgate.v1.Pagination pagination = 2;
     */
    pagination?: Pagination | undefined;
};
/**
 * Describes the message jitgate.v1.ListGroupMembersResponse.
 * Use `create(ListGroupMembersResponseSchema)` to create a new message.
 */
export declare const ListGroupMembersResponseSchema: GenMessage<ListGroupMembersResponse>;
/**
 * Request for UpsertOnCallRoster.
 *
 * @generated from message jitgate.v1.UpsertOnCallRosterRequest
 */
export type UpsertOnCallRosterRequest = Message<"jitgate.v1.UpsertOnCallRosterRequest"> & {
    /**
     * The roster; its `integration` and `service` are the path's.
     *
     * @generated from field: jitgate.v1.OnCallRoster roster = 1;
     */
    roster?: OnCallRoster | undefined;
};
/**
 * Describes the message jitgate.v1.UpsertOnCallRosterRequest.
 * Use `create(UpsertOnCallRosterRequestSchema)` to create a new message.
 */
export declare const UpsertOnCallRosterRequestSchema: GenMessage<UpsertOnCallRosterRequest>;
/**
 * Response of UpsertOnCallRoster. Over REST the body is the roster itself.
 *
 * @generated from message jitgate.v1.UpsertOnCallRosterResponse
 */
export type UpsertOnCallRosterResponse = Message<"jitgate.v1.UpsertOnCallRosterResponse"> & {
    /**
     * The roster as stored.
     *
     * @generated from field: jitgate.v1.OnCallRoster roster = 1;
     */
    roster?: OnCallRoster | undefined;
};
/**
 * Describes the message jitgate.v1.UpsertOnCallRosterResponse.
 * Use `create(UpsertOnCallRosterResponseSchema)` to create a new message.
 */
export declare const UpsertOnCallRosterResponseSchema: GenMessage<UpsertOnCallRosterResponse>;
/**
 * Request for GetOnCallRoster.
 *
 * @generated from message jitgate.v1.GetOnCallRosterRequest
 */
export type GetOnCallRosterRequest = Message<"jitgate.v1.GetOnCallRosterRequest"> & {
    /**
     * The on-call integration.
     *
     * @generated from field: string integration = 1;
     */
    integration: string;
    /**
     * The service within the integration.
     *
     * @generated from field: string service = 2;
     */
    service: string;
};
/**
 * Describes the message jitgate.v1.GetOnCallRosterRequest.
 * Use `create(GetOnCallRosterRequestSchema)` to create a new message.
 */
export declare const GetOnCallRosterRequestSchema: GenMessage<GetOnCallRosterRequest>;
/**
 * Response of GetOnCallRoster. Over REST the body is the roster itself.
 *
 * @generated from message jitgate.v1.GetOnCallRosterResponse
 */
export type GetOnCallRosterResponse = Message<"jitgate.v1.GetOnCallRosterResponse"> & {
    /**
     * The roster.
     *
     * @generated from field: jitgate.v1.OnCallRoster roster = 1;
     */
    roster?: OnCallRoster | undefined;
};
/**
 * Describes the message jitgate.v1.GetOnCallRosterResponse.
 * Use `create(GetOnCallRosterResponseSchema)` to create a new message.
 */
export declare const GetOnCallRosterResponseSchema: GenMessage<GetOnCallRosterResponse>;
/**
 * Request for ListOnCallRosters.
 *
 * @generated from message jitgate.v1.ListOnCallRostersRequest
 */
export type ListOnCallRostersRequest = Message<"jitgate.v1.ListOnCallRostersRequest"> & {
    /**
     * Page size: 1 to 100; zero or unset means 50. Above 100 is
     * INVALID_ARGUMENT.
     *
     * @generated from field: int32 limit = 1;
     */
    limit: number;
    /**
     * Number of rosters to skip; zero or more.
     *
     * @generated from field: int32 offset = 2;
     */
    offset: number;
    /**
     * When set, only rosters of this integration.
     *
     * @generated from field: string integration = 3;
     */
    integration: string;
};
/**
 * Describes the message jitgate.v1.ListOnCallRostersRequest.
 * Use `create(ListOnCallRostersRequestSchema)` to create a new message.
 */
export declare const ListOnCallRostersRequestSchema: GenMessage<ListOnCallRostersRequest>;
/**
 * Response of ListOnCallRosters.
 *
 * @generated from message jitgate.v1.ListOnCallRostersResponse
 */
export type ListOnCallRostersResponse = Message<"jitgate.v1.ListOnCallRostersResponse"> & {
    /**
     * The rosters of this page.
     *
     * @generated from field: repeated jitgate.v1.OnCallRoster data = 1;
     */
    data: OnCallRoster[];
    /**
     * The paging summary.
     *
     * @generated from field: jitgate.v1.Pagination pagination = 2;
     */
    pagination?: Pagination | undefined;
};
/**
 * Describes the message jitgate.v1.ListOnCallRostersResponse.
 * Use `create(ListOnCallRostersResponseSchema)` to create a new message.
 */
export declare const ListOnCallRostersResponseSchema: GenMessage<ListOnCallRostersResponse>;
/**
 * Request for DeleteOnCallRoster.
 *
 * @generated from message jitgate.v1.DeleteOnCallRosterRequest
 */
export type DeleteOnCallRosterRequest = Message<"jitgate.v1.DeleteOnCallRosterRequest"> & {
    /**
     * The on-call integration.
     *
     * @generated from field: string integration = 1;
     */
    integration: string;
    /**
     * The service within the integration.
     *
     * @generated from field: string service = 2;
     */
    service: string;
};
/**
 * Describes the message jitgate.v1.DeleteOnCallRosterRequest.
 * Use `create(DeleteOnCallRosterRequestSchema)` to create a new message.
 */
export declare const DeleteOnCallRosterRequestSchema: GenMessage<DeleteOnCallRosterRequest>;
/**
 * Response of DeleteOnCallRoster: empty (REST 204).
 *
 * @generated from message jitgate.v1.DeleteOnCallRosterResponse
 */
export type DeleteOnCallRosterResponse = Message<"jitgate.v1.DeleteOnCallRosterResponse"> & {};
/**
 * Describes the message jitgate.v1.DeleteOnCallRosterResponse.
 * Use `create(DeleteOnCallRosterResponseSchema)` to create a new message.
 */
export declare const DeleteOnCallRosterResponseSchema: GenMessage<DeleteOnCallRosterResponse>;
/**
 * Request for UpsertOwnership.
 *
 * @generated from message jitgate.v1.UpsertOwnershipRequest
 */
export type UpsertOwnershipRequest = Message<"jitgate.v1.UpsertOwnershipRequest"> & {
    /**
     * The ownership; its `service` and `resource_id` are the path's.
     *
     * @generated from field: jitgate.v1.Ownership ownership = 1;
     */
    ownership?: Ownership | undefined;
};
/**
 * Describes the message jitgate.v1.UpsertOwnershipRequest.
 * Use `create(UpsertOwnershipRequestSchema)` to create a new message.
 */
export declare const UpsertOwnershipRequestSchema: GenMessage<UpsertOwnershipRequest>;
/**
 * Response of UpsertOwnership. Over REST the body is the ownership itself.
 *
 * @generated from message jitgate.v1.UpsertOwnershipResponse
 */
export type UpsertOwnershipResponse = Message<"jitgate.v1.UpsertOwnershipResponse"> & {
    /**
     * The ownership as stored.
     *
     * @generated from field: jitgate.v1.Ownership ownership = 1;
     */
    ownership?: Ownership | undefined;
};
/**
 * Describes the message jitgate.v1.UpsertOwnershipResponse.
 * Use `create(UpsertOwnershipResponseSchema)` to create a new message.
 */
export declare const UpsertOwnershipResponseSchema: GenMessage<UpsertOwnershipResponse>;
/**
 * Request for GetOwnership.
 *
 * @generated from message jitgate.v1.GetOwnershipRequest
 */
export type GetOwnershipRequest = Message<"jitgate.v1.GetOwnershipRequest"> & {
    /**
     * The service.
     *
     * @generated from field: string service = 1;
     */
    service: string;
    /**
     * The resource id; empty for the service's own owners.
     *
     * @generated from field: string resource_id = 2;
     */
    resourceId: string;
};
/**
 * Describes the message jitgate.v1.GetOwnershipRequest.
 * Use `create(GetOwnershipRequestSchema)` to create a new message.
 */
export declare const GetOwnershipRequestSchema: GenMessage<GetOwnershipRequest>;
/**
 * Response of GetOwnership. Over REST the body is the ownership itself.
 *
 * @generated from message jitgate.v1.GetOwnershipResponse
 */
export type GetOwnershipResponse = Message<"jitgate.v1.GetOwnershipResponse"> & {
    /**
     * The ownership.
     *
     * @generated from field: jitgate.v1.Ownership ownership = 1;
     */
    ownership?: Ownership | undefined;
};
/**
 * Describes the message jitgate.v1.GetOwnershipResponse.
 * Use `create(GetOwnershipResponseSchema)` to create a new message.
 */
export declare const GetOwnershipResponseSchema: GenMessage<GetOwnershipResponse>;
/**
 * Request for ListOwnerships.
 *
 * @generated from message jitgate.v1.ListOwnershipsRequest
 */
export type ListOwnershipsRequest = Message<"jitgate.v1.ListOwnershipsRequest"> & {
    /**
     * Page size: 1 to 100; zero or unset means 50. Above 100 is
     * INVALID_ARGUMENT.
     *
     * @generated from field: int32 limit = 1;
     */
    limit: number;
    /**
     * Number of ownerships to skip; zero or more.
     *
     * @generated from field: int32 offset = 2;
     */
    offset: number;
    /**
     * When set, only ownerships of this service.
     *
     * @generated from field: string service = 3;
     */
    service: string;
};
/**
 * Describes the message jitgate.v1.ListOwnershipsRequest.
 * Use `create(ListOwnershipsRequestSchema)` to create a new message.
 */
export declare const ListOwnershipsRequestSchema: GenMessage<ListOwnershipsRequest>;
/**
 * Response of ListOwnerships.
 *
 * @generated from message jitgate.v1.ListOwnershipsResponse
 */
export type ListOwnershipsResponse = Message<"jitgate.v1.ListOwnershipsResponse"> & {
    /**
     * The ownerships of this page.
     *
     * @generated from field: repeated jitgate.v1.Ownership data = 1;
     */
    data: Ownership[];
    /**
     * The paging summary.
     *
     * @generated from field: jitgate.v1.Pagination pagination = 2;
     */
    pagination?: Pagination | undefined;
};
/**
 * Describes the message jitgate.v1.ListOwnershipsResponse.
 * Use `create(ListOwnershipsResponseSchema)` to create a new message.
 */
export declare const ListOwnershipsResponseSchema: GenMessage<ListOwnershipsResponse>;
/**
 * Request for DeleteOwnership.
 *
 * @generated from message jitgate.v1.DeleteOwnershipRequest
 */
export type DeleteOwnershipRequest = Message<"jitgate.v1.DeleteOwnershipRequest"> & {
    /**
     * The service.
     *
     * @generated from field: string service = 1;
     */
    service: string;
    /**
     * The resource id; empty for the service's own owners.
     *
     * @generated from field: string resource_id = 2;
     */
    resourceId: string;
};
/**
 * Describes the message jitgate.v1.DeleteOwnershipRequest.
 * Use `create(DeleteOwnershipRequestSchema)` to create a new message.
 */
export declare const DeleteOwnershipRequestSchema: GenMessage<DeleteOwnershipRequest>;
/**
 * Response of DeleteOwnership: empty (REST 204).
 *
 * @generated from message jitgate.v1.DeleteOwnershipResponse
 */
export type DeleteOwnershipResponse = Message<"jitgate.v1.DeleteOwnershipResponse"> & {};
/**
 * Describes the message jitgate.v1.DeleteOwnershipResponse.
 * Use `create(DeleteOwnershipResponseSchema)` to create a new message.
 */
export declare const DeleteOwnershipResponseSchema: GenMessage<DeleteOwnershipResponse>;
/**
 * Request for BatchUpsert. Each list is applied in order; the same object
 * twice in one list is INVALID_ARGUMENT.
 *
 * @generated from message jitgate.v1.BatchUpsertRequest
 */
export type BatchUpsertRequest = Message<"jitgate.v1.BatchUpsertRequest"> & {
    /**
     * Users to create or replace (applied first).
     *
     * @generated from field: repeated jitgate.v1.User users = 1;
     */
    users: User[];
    /**
     * Groups to create or replace (their attributes).
     *
     * @generated from field: repeated jitgate.v1.Group groups = 2;
     */
    groups: Group[];
    /**
     * Whole member lists of groups to replace.
     *
     * @generated from field: repeated jitgate.v1.GroupMembers group_members = 3;
     */
    groupMembers: GroupMembers[];
    /**
     * On-call rosters to create or replace.
     *
     * @generated from field: repeated jitgate.v1.OnCallRoster on_call_rosters = 4;
     */
    onCallRosters: OnCallRoster[];
    /**
     * Ownerships to create or replace.
     *
     * @generated from field: repeated jitgate.v1.Ownership ownerships = 5;
     */
    ownerships: Ownership[];
};
/**
 * Describes the message jitgate.v1.BatchUpsertRequest.
 * Use `create(BatchUpsertRequestSchema)` to create a new message.
 */
export declare const BatchUpsertRequestSchema: GenMessage<BatchUpsertRequest>;
/**
 * Response of BatchUpsert: how many objects of each kind were written.
 *
 * @generated from message jitgate.v1.BatchUpsertResponse
 */
export type BatchUpsertResponse = Message<"jitgate.v1.BatchUpsertResponse"> & {
    /**
     * Users written.
     *
     * @generated from field: int32 users = 1;
     */
    users: number;
    /**
     * Groups written.
     *
     * @generated from field: int32 groups = 2;
     */
    groups: number;
    /**
     * Member lists replaced.
     *
     * @generated from field: int32 group_members = 3;
     */
    groupMembers: number;
    /**
     * On-call rosters written.
     *
     * @generated from field: int32 on_call_rosters = 4;
     */
    onCallRosters: number;
    /**
     * Ownerships written.
     *
     * @generated from field: int32 ownerships = 5;
     */
    ownerships: number;
};
/**
 * Describes the message jitgate.v1.BatchUpsertResponse.
 * Use `create(BatchUpsertResponseSchema)` to create a new message.
 */
export declare const BatchUpsertResponseSchema: GenMessage<BatchUpsertResponse>;
/**
 * What an ownership record owns.
 *
 * @generated from enum jitgate.v1.OwnerKind
 */
export declare enum OwnerKind {
    /**
     * Not set: inferred from `resource_id` (empty: SERVICE, else RESOURCE).
     *
     * @generated from enum value: OWNER_KIND_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A whole service (SailPoint's `sourceOwner`).
     *
     * @generated from enum value: OWNER_KIND_SERVICE = 1;
     */
    SERVICE = 1,
    /**
     * One resource of a service (SailPoint's `entitlementOwner`).
     *
     * @generated from enum value: OWNER_KIND_RESOURCE = 2;
     */
    RESOURCE = 2
}
/**
 * Describes the enum jitgate.v1.OwnerKind.
 */
export declare const OwnerKindSchema: GenEnum<OwnerKind>;
/**
 * DirectoryService reads and writes the org's directory.
 *
 * The org is the caller's token `org`; objects of other orgs are NOT_FOUND.
 * Every call, read or write, requires the ORG_ADMIN role: the directory is
 * configuration (jitgate itself reads it to evaluate every member's
 * requests). Upserts create or replace whole objects. Every successful write
 * leaves one DIRECTORY_CHANGED audit event. Lists are offset-paged (`limit` 1
 * to 100, default 50) and sorted by id, byte-wise.
 *
 * @generated from service jitgate.v1.DirectoryService
 */
export declare const DirectoryService: GenService<{
    /**
     * Creates or replaces a user. `managerId`, when set, must name another
     * existing user, and must not create a manager cycle (a user who is,
     * directly or through other managers, their own manager): both are
     * INVALID_ARGUMENT. ORG_ADMIN only.
     *
     * @generated from rpc jitgate.v1.DirectoryService.UpsertUser
     */
    upsertUser: {
        methodKind: "unary";
        input: typeof UpsertUserRequestSchema;
        output: typeof UpsertUserResponseSchema;
    };
    /**
     * Returns one user; NOT_FOUND if absent.
     *
     * @generated from rpc jitgate.v1.DirectoryService.GetUser
     */
    getUser: {
        methodKind: "unary";
        input: typeof GetUserRequestSchema;
        output: typeof GetUserResponseSchema;
    };
    /**
     * Lists users, one page at a time.
     *
     * @generated from rpc jitgate.v1.DirectoryService.ListUsers
     */
    listUsers: {
        methodKind: "unary";
        input: typeof ListUsersRequestSchema;
        output: typeof ListUsersResponseSchema;
    };
    /**
     * Deletes a user, with their group memberships and their entries in
     * on-call rosters and ownerships (an ownership left without owners is
     * deleted with it). FAILED_PRECONDITION while another user
     * names them as manager, or while they are the request configuration's
     * fallback approver. NOT_FOUND if absent. ORG_ADMIN only. Over REST it
     * answers 204 with no body.
     *
     * @generated from rpc jitgate.v1.DirectoryService.DeleteUser
     */
    deleteUser: {
        methodKind: "unary";
        input: typeof DeleteUserRequestSchema;
        output: typeof DeleteUserResponseSchema;
    };
    /**
     * Creates or replaces a group (its attributes; members are unchanged).
     * ORG_ADMIN only.
     *
     * @generated from rpc jitgate.v1.DirectoryService.UpsertGroup
     */
    upsertGroup: {
        methodKind: "unary";
        input: typeof UpsertGroupRequestSchema;
        output: typeof UpsertGroupResponseSchema;
    };
    /**
     * Returns one group; NOT_FOUND if absent.
     *
     * @generated from rpc jitgate.v1.DirectoryService.GetGroup
     */
    getGroup: {
        methodKind: "unary";
        input: typeof GetGroupRequestSchema;
        output: typeof GetGroupResponseSchema;
    };
    /**
     * Lists groups, one page at a time.
     *
     * @generated from rpc jitgate.v1.DirectoryService.ListGroups
     */
    listGroups: {
        methodKind: "unary";
        input: typeof ListGroupsRequestSchema;
        output: typeof ListGroupsResponseSchema;
    };
    /**
     * Deletes a group and its memberships. NOT_FOUND if absent. ORG_ADMIN
     * only. Over REST it answers 204 with no body.
     *
     * @generated from rpc jitgate.v1.DirectoryService.DeleteGroup
     */
    deleteGroup: {
        methodKind: "unary";
        input: typeof DeleteGroupRequestSchema;
        output: typeof DeleteGroupResponseSchema;
    };
    /**
     * Adds a user to a group. Idempotent: adding a member again succeeds.
     * NOT_FOUND if the group or the user is absent. ORG_ADMIN only.
     *
     * @generated from rpc jitgate.v1.DirectoryService.AddGroupMember
     */
    addGroupMember: {
        methodKind: "unary";
        input: typeof AddGroupMemberRequestSchema;
        output: typeof AddGroupMemberResponseSchema;
    };
    /**
     * Removes a user from a group. Idempotent: removing a non-member succeeds.
     * NOT_FOUND if the group is absent. ORG_ADMIN only. Over REST it answers
     * 204 with no body.
     *
     * @generated from rpc jitgate.v1.DirectoryService.RemoveGroupMember
     */
    removeGroupMember: {
        methodKind: "unary";
        input: typeof RemoveGroupMemberRequestSchema;
        output: typeof RemoveGroupMemberResponseSchema;
    };
    /**
     * Lists a group's members, one page at a time. NOT_FOUND if the group is
     * absent.
     *
     * @generated from rpc jitgate.v1.DirectoryService.ListGroupMembers
     */
    listGroupMembers: {
        methodKind: "unary";
        input: typeof ListGroupMembersRequestSchema;
        output: typeof ListGroupMembersResponseSchema;
    };
    /**
     * Creates or replaces the on-call roster of one service of one on-call
     * integration. Every member must be an existing user (else
     * INVALID_ARGUMENT). ORG_ADMIN only.
     *
     * @generated from rpc jitgate.v1.DirectoryService.UpsertOnCallRoster
     */
    upsertOnCallRoster: {
        methodKind: "unary";
        input: typeof UpsertOnCallRosterRequestSchema;
        output: typeof UpsertOnCallRosterResponseSchema;
    };
    /**
     * Returns one on-call roster; NOT_FOUND if absent.
     *
     * @generated from rpc jitgate.v1.DirectoryService.GetOnCallRoster
     */
    getOnCallRoster: {
        methodKind: "unary";
        input: typeof GetOnCallRosterRequestSchema;
        output: typeof GetOnCallRosterResponseSchema;
    };
    /**
     * Lists on-call rosters, sorted by integration then service, one page at
     * a time.
     *
     * @generated from rpc jitgate.v1.DirectoryService.ListOnCallRosters
     */
    listOnCallRosters: {
        methodKind: "unary";
        input: typeof ListOnCallRostersRequestSchema;
        output: typeof ListOnCallRostersResponseSchema;
    };
    /**
     * Deletes an on-call roster. NOT_FOUND if absent. ORG_ADMIN only. Over
     * REST it answers 204 with no body.
     *
     * @generated from rpc jitgate.v1.DirectoryService.DeleteOnCallRoster
     */
    deleteOnCallRoster: {
        methodKind: "unary";
        input: typeof DeleteOnCallRosterRequestSchema;
        output: typeof DeleteOnCallRosterResponseSchema;
    };
    /**
     * Creates or replaces the owners of a service (kind SERVICE, no resource
     * id) or of one resource of a service (kind RESOURCE). Every owner must be
     * an existing user (else INVALID_ARGUMENT). ORG_ADMIN only.
     *
     * @generated from rpc jitgate.v1.DirectoryService.UpsertOwnership
     */
    upsertOwnership: {
        methodKind: "unary";
        input: typeof UpsertOwnershipRequestSchema;
        output: typeof UpsertOwnershipResponseSchema;
    };
    /**
     * Returns the owners of a service (no `resource_id`) or of one resource;
     * NOT_FOUND if none are recorded.
     *
     * @generated from rpc jitgate.v1.DirectoryService.GetOwnership
     */
    getOwnership: {
        methodKind: "unary";
        input: typeof GetOwnershipRequestSchema;
        output: typeof GetOwnershipResponseSchema;
    };
    /**
     * Lists ownerships, sorted by service then resource id (service
     * ownerships first), one page at a time.
     *
     * @generated from rpc jitgate.v1.DirectoryService.ListOwnerships
     */
    listOwnerships: {
        methodKind: "unary";
        input: typeof ListOwnershipsRequestSchema;
        output: typeof ListOwnershipsResponseSchema;
    };
    /**
     * Deletes the owners of a service or of one resource. NOT_FOUND if none
     * are recorded. ORG_ADMIN only. Over REST it answers 204 with no body.
     *
     * @generated from rpc jitgate.v1.DirectoryService.DeleteOwnership
     */
    deleteOwnership: {
        methodKind: "unary";
        input: typeof DeleteOwnershipRequestSchema;
        output: typeof DeleteOwnershipResponseSchema;
    };
    /**
     * Upserts many directory objects in one transaction, for sync jobs: either
     * everything is stored or nothing is. Users are applied first, so
     * references (managers, members, owners) may name users of the same batch.
     * The batch is validated whole (INVALID_ARGUMENT with one field violation
     * per bad item, such as `users[3].manager_id`; manager cycles included).
     * At most 10000 items in all. Objects not in the batch are left unchanged.
     * The whole batch leaves one audit event (subject type `directory_batch`).
     * ORG_ADMIN only.
     *
     * @generated from rpc jitgate.v1.DirectoryService.BatchUpsert
     */
    batchUpsert: {
        methodKind: "unary";
        input: typeof BatchUpsertRequestSchema;
        output: typeof BatchUpsertResponseSchema;
    };
}>;
