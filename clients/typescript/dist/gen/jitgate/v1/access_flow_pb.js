// Access flows: who may request which resources, when, and who approves.
//
// Modeled on Apono's Access Flows API. The REST paths and the JSON keys are
// Apono's own (snake_case); fields this API adds follow the same style.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_api_annotations } from "../../google/api/annotations_pb.js";
import { file_google_protobuf_field_mask } from "@bufbuild/protobuf/wkt";
import { file_jitgate_v1_common } from "./common_pb.js";
/**
 * Describes the file jitgate/v1/access_flow.proto.
 */
export const file_jitgate_v1_access_flow = /*@__PURE__*/ fileDesc("ChxqaXRnYXRlL3YxL2FjY2Vzc19mbG93LnByb3RvEgpqaXRnYXRlLnYxIqAECgpBY2Nlc3NGbG93EgoKAmlkGAEgASgJEhEKBG5hbWUYAiABKAlIAIgBARITCgZhY3RpdmUYAyABKAhIAYgBARIuCgd0cmlnZ2VyGAQgASgLMh0uaml0Z2F0ZS52MS5BY2Nlc3NGbG93VHJpZ2dlchIvCghncmFudGVlcxgFIAMoCzIdLmppdGdhdGUudjEuQWNjZXNzRmxvd0dyYW50ZWUSTwoTaW50ZWdyYXRpb25fdGFyZ2V0cxgGIAMoCzIdLmppdGdhdGUudjEuSW50ZWdyYXRpb25UYXJnZXRSE2ludGVncmF0aW9uX3RhcmdldHMSQAoOYnVuZGxlX3RhcmdldHMYByADKAsyGC5qaXRnYXRlLnYxLkJ1bmRsZVRhcmdldFIOYnVuZGxlX3RhcmdldHMSMQoJYXBwcm92ZXJzGAggAygLMh4uaml0Z2F0ZS52MS5BY2Nlc3NGbG93QXBwcm92ZXISNQoTcmV2b2tlX2FmdGVyX2luX3NlYxgJIAEoBUgCUhNyZXZva2VfYWZ0ZXJfaW5fc2VjiAEBEjAKCHNldHRpbmdzGAogASgLMh4uaml0Z2F0ZS52MS5BY2Nlc3NGbG93U2V0dGluZ3MSIgoMY3JlYXRlZF9kYXRlGAsgASgJUgxjcmVhdGVkX2RhdGVCBwoFX25hbWVCCQoHX2FjdGl2ZUIWChRfcmV2b2tlX2FmdGVyX2luX3NlYyJLChFBY2Nlc3NGbG93VHJpZ2dlchIMCgR0eXBlGAEgASgJEigKCXRpbWVmcmFtZRgCIAEoCzIVLmppdGdhdGUudjEuVGltZWZyYW1lItEBCglUaW1lZnJhbWUSQgocc3RhcnRfb2ZfZGF5X3RpbWVfaW5fc2Vjb25kcxgBIAEoBVIcc3RhcnRfb2ZfZGF5X3RpbWVfaW5fc2Vjb25kcxI+ChplbmRfb2ZfZGF5X3RpbWVfaW5fc2Vjb25kcxgCIAEoBVIaZW5kX29mX2RheV90aW1lX2luX3NlY29uZHMSIgoMZGF5c19pbl93ZWVrGAMgAygJUgxkYXlzX2luX3dlZWsSHAoJdGltZV96b25lGAQgASgJUgl0aW1lX3pvbmUiLQoRQWNjZXNzRmxvd0dyYW50ZWUSCgoCaWQYASABKAkSDAoEdHlwZRgCIAEoCSIuChJBY2Nlc3NGbG93QXBwcm92ZXISCgoCaWQYASABKAkSDAoEdHlwZRgCIAEoCSKUAgoRSW50ZWdyYXRpb25UYXJnZXQSJgoOaW50ZWdyYXRpb25faWQYASABKAlSDmludGVncmF0aW9uX2lkEiQKDXJlc291cmNlX3R5cGUYAiABKAlSDXJlc291cmNlX3R5cGUSTQoVcmVzb3VyY2VfdGFnX2luY2x1ZGVzGAMgAygLMhcuaml0Z2F0ZS52MS5SZXNvdXJjZVRhZ1IVcmVzb3VyY2VfdGFnX2luY2x1ZGVzEk0KFXJlc291cmNlX3RhZ19leGNsdWRlcxgEIAMoCzIXLmppdGdhdGUudjEuUmVzb3VyY2VUYWdSFXJlc291cmNlX3RhZ19leGNsdWRlcxITCgtwZXJtaXNzaW9ucxgFIAMoCSIqCgtSZXNvdXJjZVRhZxIMCgRuYW1lGAEgASgJEg0KBXZhbHVlGAIgASgJIiwKDEJ1bmRsZVRhcmdldBIcCglidW5kbGVfaWQYASABKAlSCWJ1bmRsZV9pZCK0AgoSQWNjZXNzRmxvd1NldHRpbmdzElYKJnJlcXVpcmVfanVzdGlmaWNhdGlvbl9vbl9yZXF1ZXN0X2FnYWluGAEgASgIUiZyZXF1aXJlX2p1c3RpZmljYXRpb25fb25fcmVxdWVzdF9hZ2FpbhI0ChVyZXF1aXJlX2FsbF9hcHByb3ZlcnMYAiABKAhSFXJlcXVpcmVfYWxsX2FwcHJvdmVycxJGCh5yZXF1aXJlX2FwcHJvdmVyX2p1c3RpZmljYXRpb24YAyABKAhSHnJlcXVpcmVfYXBwcm92ZXJfanVzdGlmaWNhdGlvbhJICh9hcHByb3Zlcl9jYW5ub3RfYXBwcm92ZV9oaW1zZWxmGAQgASgIUh9hcHByb3Zlcl9jYW5ub3RfYXBwcm92ZV9oaW1zZWxmIiIKFEdldEFjY2Vzc0Zsb3dSZXF1ZXN0EgoKAmlkGAEgASgJIlEKFUdldEFjY2Vzc0Zsb3dSZXNwb25zZRI4CgthY2Nlc3NfZmxvdxgBIAEoCzIWLmppdGdhdGUudjEuQWNjZXNzRmxvd1ILYWNjZXNzX2Zsb3ciNwoWTGlzdEFjY2Vzc0Zsb3dzUmVxdWVzdBINCgVsaW1pdBgBIAEoBRIOCgZvZmZzZXQYAiABKAUiawoXTGlzdEFjY2Vzc0Zsb3dzUmVzcG9uc2USJAoEZGF0YRgBIAMoCzIWLmppdGdhdGUudjEuQWNjZXNzRmxvdxIqCgpwYWdpbmF0aW9uGAIgASgLMhYuaml0Z2F0ZS52MS5QYWdpbmF0aW9uIlMKF0NyZWF0ZUFjY2Vzc0Zsb3dSZXF1ZXN0EjgKC2FjY2Vzc19mbG93GAEgASgLMhYuaml0Z2F0ZS52MS5BY2Nlc3NGbG93UgthY2Nlc3NfZmxvdyJUChhDcmVhdGVBY2Nlc3NGbG93UmVzcG9uc2USOAoLYWNjZXNzX2Zsb3cYASABKAsyFi5qaXRnYXRlLnYxLkFjY2Vzc0Zsb3dSC2FjY2Vzc19mbG93Ip0BChdVcGRhdGVBY2Nlc3NGbG93UmVxdWVzdBIKCgJpZBgBIAEoCRI4CgthY2Nlc3NfZmxvdxgCIAEoCzIWLmppdGdhdGUudjEuQWNjZXNzRmxvd1ILYWNjZXNzX2Zsb3cSPAoLdXBkYXRlX21hc2sYAyABKAsyGi5nb29nbGUucHJvdG9idWYuRmllbGRNYXNrUgt1cGRhdGVfbWFzayJUChhVcGRhdGVBY2Nlc3NGbG93UmVzcG9uc2USOAoLYWNjZXNzX2Zsb3cYASABKAsyFi5qaXRnYXRlLnYxLkFjY2Vzc0Zsb3dSC2FjY2Vzc19mbG93IiUKF0RlbGV0ZUFjY2Vzc0Zsb3dSZXF1ZXN0EgoKAmlkGAEgASgJIhoKGERlbGV0ZUFjY2Vzc0Zsb3dSZXNwb25zZTLMBQoRQWNjZXNzRmxvd1NlcnZpY2UShAEKDUdldEFjY2Vzc0Zsb3cSIC5qaXRnYXRlLnYxLkdldEFjY2Vzc0Zsb3dSZXF1ZXN0GiEuaml0Z2F0ZS52MS5HZXRBY2Nlc3NGbG93UmVzcG9uc2UiLoLT5JMCKGILYWNjZXNzX2Zsb3cSGS9hcGkvdjEvYWNjZXNzLWZsb3dzL3tpZH0SeAoPTGlzdEFjY2Vzc0Zsb3dzEiIuaml0Z2F0ZS52MS5MaXN0QWNjZXNzRmxvd3NSZXF1ZXN0GiMuaml0Z2F0ZS52MS5MaXN0QWNjZXNzRmxvd3NSZXNwb25zZSIcgtPkkwIWEhQvYXBpL3YxL2FjY2Vzcy1mbG93cxKVAQoQQ3JlYXRlQWNjZXNzRmxvdxIjLmppdGdhdGUudjEuQ3JlYXRlQWNjZXNzRmxvd1JlcXVlc3QaJC5qaXRnYXRlLnYxLkNyZWF0ZUFjY2Vzc0Zsb3dSZXNwb25zZSI2gtPkkwIwOgthY2Nlc3NfZmxvd2ILYWNjZXNzX2Zsb3ciFC9hcGkvdjEvYWNjZXNzLWZsb3dzEpoBChBVcGRhdGVBY2Nlc3NGbG93EiMuaml0Z2F0ZS52MS5VcGRhdGVBY2Nlc3NGbG93UmVxdWVzdBokLmppdGdhdGUudjEuVXBkYXRlQWNjZXNzRmxvd1Jlc3BvbnNlIjuC0+STAjU6C2FjY2Vzc19mbG93YgthY2Nlc3NfZmxvdzIZL2FwaS92MS9hY2Nlc3MtZmxvd3Mve2lkfRKAAQoQRGVsZXRlQWNjZXNzRmxvdxIjLmppdGdhdGUudjEuRGVsZXRlQWNjZXNzRmxvd1JlcXVlc3QaJC5qaXRnYXRlLnYxLkRlbGV0ZUFjY2Vzc0Zsb3dSZXNwb25zZSIhgtPkkwIbKhkvYXBpL3YxL2FjY2Vzcy1mbG93cy97aWR9YgZwcm90bzM", [file_google_api_annotations, file_google_protobuf_field_mask, file_jitgate_v1_common]);
/**
 * Describes the message jitgate.v1.AccessFlow.
 * Use `create(AccessFlowSchema)` to create a new message.
 */
export const AccessFlowSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 0);
/**
 * Describes the message jitgate.v1.AccessFlowTrigger.
 * Use `create(AccessFlowTriggerSchema)` to create a new message.
 */
export const AccessFlowTriggerSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 1);
/**
 * Describes the message jitgate.v1.Timeframe.
 * Use `create(TimeframeSchema)` to create a new message.
 */
export const TimeframeSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 2);
/**
 * Describes the message jitgate.v1.AccessFlowGrantee.
 * Use `create(AccessFlowGranteeSchema)` to create a new message.
 */
export const AccessFlowGranteeSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 3);
/**
 * Describes the message jitgate.v1.AccessFlowApprover.
 * Use `create(AccessFlowApproverSchema)` to create a new message.
 */
export const AccessFlowApproverSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 4);
/**
 * Describes the message jitgate.v1.IntegrationTarget.
 * Use `create(IntegrationTargetSchema)` to create a new message.
 */
export const IntegrationTargetSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 5);
/**
 * Describes the message jitgate.v1.ResourceTag.
 * Use `create(ResourceTagSchema)` to create a new message.
 */
export const ResourceTagSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 6);
/**
 * Describes the message jitgate.v1.BundleTarget.
 * Use `create(BundleTargetSchema)` to create a new message.
 */
export const BundleTargetSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 7);
/**
 * Describes the message jitgate.v1.AccessFlowSettings.
 * Use `create(AccessFlowSettingsSchema)` to create a new message.
 */
export const AccessFlowSettingsSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 8);
/**
 * Describes the message jitgate.v1.GetAccessFlowRequest.
 * Use `create(GetAccessFlowRequestSchema)` to create a new message.
 */
export const GetAccessFlowRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 9);
/**
 * Describes the message jitgate.v1.GetAccessFlowResponse.
 * Use `create(GetAccessFlowResponseSchema)` to create a new message.
 */
export const GetAccessFlowResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 10);
/**
 * Describes the message jitgate.v1.ListAccessFlowsRequest.
 * Use `create(ListAccessFlowsRequestSchema)` to create a new message.
 */
export const ListAccessFlowsRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 11);
/**
 * Describes the message jitgate.v1.ListAccessFlowsResponse.
 * Use `create(ListAccessFlowsResponseSchema)` to create a new message.
 */
export const ListAccessFlowsResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 12);
/**
 * Describes the message jitgate.v1.CreateAccessFlowRequest.
 * Use `create(CreateAccessFlowRequestSchema)` to create a new message.
 */
export const CreateAccessFlowRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 13);
/**
 * Describes the message jitgate.v1.CreateAccessFlowResponse.
 * Use `create(CreateAccessFlowResponseSchema)` to create a new message.
 */
export const CreateAccessFlowResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 14);
/**
 * Describes the message jitgate.v1.UpdateAccessFlowRequest.
 * Use `create(UpdateAccessFlowRequestSchema)` to create a new message.
 */
export const UpdateAccessFlowRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 15);
/**
 * Describes the message jitgate.v1.UpdateAccessFlowResponse.
 * Use `create(UpdateAccessFlowResponseSchema)` to create a new message.
 */
export const UpdateAccessFlowResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 16);
/**
 * Describes the message jitgate.v1.DeleteAccessFlowRequest.
 * Use `create(DeleteAccessFlowRequestSchema)` to create a new message.
 */
export const DeleteAccessFlowRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 17);
/**
 * Describes the message jitgate.v1.DeleteAccessFlowResponse.
 * Use `create(DeleteAccessFlowResponseSchema)` to create a new message.
 */
export const DeleteAccessFlowResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_flow, 18);
/**
 * AccessFlowService reads and writes an org's access flows.
 *
 * The org is the caller's token `org`; flows of other orgs are NOT_FOUND.
 * Like all configuration, reads and writes require the ORG_ADMIN role
 * (PERMISSION_DENIED otherwise). Every write is validated whole
 * (INVALID_ARGUMENT with one field violation per bad field, nothing stored)
 * and leaves a CONFIG_CHANGED audit event with before and after. Changes
 * apply only to requests filed afterwards.
 *
 * @generated from service jitgate.v1.AccessFlowService
 */
export const AccessFlowService = /*@__PURE__*/ serviceDesc(file_jitgate_v1_access_flow, 0);
