// The org's access-request configuration: org-wide gates, reminders,
// escalation and entitlement approval schemes.
//
// Modeled on SailPoint's Access Request Configuration API. The REST paths and
// JSON keys are SailPoint's own (lowerCamelCase, the proto3 JSON default).
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_api_annotations } from "../../google/api/annotations_pb.js";
/**
 * Describes the file jitgate/v1/request_config.proto.
 */
export const file_jitgate_v1_request_config = /*@__PURE__*/ fileDesc("Ch9qaXRnYXRlL3YxL3JlcXVlc3RfY29uZmlnLnByb3RvEgpqaXRnYXRlLnYxIvcDChNBY2Nlc3NSZXF1ZXN0Q29uZmlnEiIKGmFwcHJvdmFsc19tdXN0X2JlX2V4dGVybmFsGAEgASgIEh0KFWF1dG9fYXBwcm92YWxfZW5hYmxlZBgCIAEoCBJIChtyZXF1ZXN0X29uX2JlaGFsZl9vZl9jb25maWcYAyABKAsyIy5qaXRnYXRlLnYxLlJlcXVlc3RPbkJlaGFsZk9mQ29uZmlnEmAKJ2FwcHJvdmFsX3JlbWluZGVyX2FuZF9lc2NhbGF0aW9uX2NvbmZpZxgEIAEoCzIvLmppdGdhdGUudjEuQXBwcm92YWxSZW1pbmRlckFuZEVzY2FsYXRpb25Db25maWcSSAoaZW50aXRsZW1lbnRfcmVxdWVzdF9jb25maWcYBSABKAsyJC5qaXRnYXRlLnYxLkVudGl0bGVtZW50UmVxdWVzdENvbmZpZxIfChdyZWF1dGhvcml6YXRpb25fZW5hYmxlZBgGIAEoCBIkChxnb3ZfZ3JvdXBfdmlzaWJpbGl0eV9lbmFibGVkGAcgASgIEjQKJ21hY2hpbmVfaWRlbnRpdHlfYWNjZXNzX3JlcXVlc3RfZW5hYmxlZBgIIAEoCEgAiAEBQioKKF9tYWNoaW5lX2lkZW50aXR5X2FjY2Vzc19yZXF1ZXN0X2VuYWJsZWQipAIKF1JlcXVlc3RPbkJlaGFsZk9mQ29uZmlnEjMKK2FsbG93X3JlcXVlc3Rfb25fYmVoYWxmX29mX2FueW9uZV9ieV9hbnlvbmUYASABKAgSNgouYWxsb3dfcmVxdWVzdF9vbl9iZWhhbGZfb2ZfZW1wbG95ZWVfYnlfbWFuYWdlchgCIAEoCBI8Ci9hbGxvd19yZXF1ZXN0X29uX2JlaGFsZl9vZl9mb3JfbWFjaGluZV9pZGVudGl0eRgDIAEoCEgAiAEBEioKImFsbG93X3JlcXVlc3RfZm9yX21hY2hpbmVfYnlfb3duZXIYBCABKAhCMgowX2FsbG93X3JlcXVlc3Rfb25fYmVoYWxmX29mX2Zvcl9tYWNoaW5lX2lkZW50aXR5IpECCiNBcHByb3ZhbFJlbWluZGVyQW5kRXNjYWxhdGlvbkNvbmZpZxIiChVkYXlzX3VudGlsX2VzY2FsYXRpb24YASABKAVIAIgBARIjChZkYXlzX2JldHdlZW5fcmVtaW5kZXJzGAIgASgFSAGIAQESGgoNbWF4X3JlbWluZGVycxgDIAEoBUgCiAEBEj4KFWZhbGxiYWNrX2FwcHJvdmVyX3JlZhgEIAEoCzIfLmppdGdhdGUudjEuRmFsbGJhY2tBcHByb3ZlclJlZkIYChZfZGF5c191bnRpbF9lc2NhbGF0aW9uQhkKF19kYXlzX2JldHdlZW5fcmVtaW5kZXJzQhAKDl9tYXhfcmVtaW5kZXJzIkwKE0ZhbGxiYWNrQXBwcm92ZXJSZWYSDAoEdHlwZRgBIAEoCRIKCgJpZBgCIAEoCRIMCgRuYW1lGAMgASgJEg0KBWVtYWlsGAQgASgJIvUBChhFbnRpdGxlbWVudFJlcXVlc3RDb25maWcSJgoZYWxsb3dfZW50aXRsZW1lbnRfcmVxdWVzdBgBIAEoCEgAiAEBEiEKGXJlcXVlc3RfY29tbWVudHNfcmVxdWlyZWQYAiABKAgSIAoYZGVuaWVkX2NvbW1lbnRzX3JlcXVpcmVkGAMgASgIEisKHmdyYW50X3JlcXVlc3RfYXBwcm92YWxfc2NoZW1lcxgEIAEoCUgBiAEBQhwKGl9hbGxvd19lbnRpdGxlbWVudF9yZXF1ZXN0QiEKH19ncmFudF9yZXF1ZXN0X2FwcHJvdmFsX3NjaGVtZXMiGQoXR2V0UmVxdWVzdENvbmZpZ1JlcXVlc3QiWgoYR2V0UmVxdWVzdENvbmZpZ1Jlc3BvbnNlEj4KFWFjY2Vzc19yZXF1ZXN0X2NvbmZpZxgBIAEoCzIfLmppdGdhdGUudjEuQWNjZXNzUmVxdWVzdENvbmZpZyJcChpVcGRhdGVSZXF1ZXN0Q29uZmlnUmVxdWVzdBI+ChVhY2Nlc3NfcmVxdWVzdF9jb25maWcYASABKAsyHy5qaXRnYXRlLnYxLkFjY2Vzc1JlcXVlc3RDb25maWciXQobVXBkYXRlUmVxdWVzdENvbmZpZ1Jlc3BvbnNlEj4KFWFjY2Vzc19yZXF1ZXN0X2NvbmZpZxgBIAEoCzIfLmppdGdhdGUudjEuQWNjZXNzUmVxdWVzdENvbmZpZzLzBwoUUmVxdWVzdENvbmZpZ1NlcnZpY2USogMKEEdldFJlcXVlc3RDb25maWcSIy5qaXRnYXRlLnYxLkdldFJlcXVlc3RDb25maWdSZXF1ZXN0GiQuaml0Z2F0ZS52MS5HZXRSZXF1ZXN0Q29uZmlnUmVzcG9uc2UiwgKC0+STArsCWjJiFWFjY2Vzc19yZXF1ZXN0X2NvbmZpZxIZL3YzL2FjY2Vzcy1yZXF1ZXN0LWNvbmZpZ1o0YhVhY2Nlc3NfcmVxdWVzdF9jb25maWcSGy9iZXRhL2FjY2Vzcy1yZXF1ZXN0LWNvbmZpZ1o1YhVhY2Nlc3NfcmVxdWVzdF9jb25maWcSHC92MjAyNC9hY2Nlc3MtcmVxdWVzdC1jb25maWdaNWIVYWNjZXNzX3JlcXVlc3RfY29uZmlnEhwvdjIwMjUvYWNjZXNzLXJlcXVlc3QtY29uZmlnWjJiFWFjY2Vzc19yZXF1ZXN0X2NvbmZpZxIZL2FjY2Vzcy1yZXF1ZXN0LWNvbmZpZy92MWIVYWNjZXNzX3JlcXVlc3RfY29uZmlnEhYvYWNjZXNzLXJlcXVlc3QtY29uZmlnErUEChNVcGRhdGVSZXF1ZXN0Q29uZmlnEiYuaml0Z2F0ZS52MS5VcGRhdGVSZXF1ZXN0Q29uZmlnUmVxdWVzdBonLmppdGdhdGUudjEuVXBkYXRlUmVxdWVzdENvbmZpZ1Jlc3BvbnNlIswDgtPkkwLFAzoVYWNjZXNzX3JlcXVlc3RfY29uZmlnWkk6FWFjY2Vzc19yZXF1ZXN0X2NvbmZpZ2IVYWNjZXNzX3JlcXVlc3RfY29uZmlnGhkvdjMvYWNjZXNzLXJlcXVlc3QtY29uZmlnWks6FWFjY2Vzc19yZXF1ZXN0X2NvbmZpZ2IVYWNjZXNzX3JlcXVlc3RfY29uZmlnGhsvYmV0YS9hY2Nlc3MtcmVxdWVzdC1jb25maWdaTDoVYWNjZXNzX3JlcXVlc3RfY29uZmlnYhVhY2Nlc3NfcmVxdWVzdF9jb25maWcaHC92MjAyNC9hY2Nlc3MtcmVxdWVzdC1jb25maWdaTDoVYWNjZXNzX3JlcXVlc3RfY29uZmlnYhVhY2Nlc3NfcmVxdWVzdF9jb25maWcaHC92MjAyNS9hY2Nlc3MtcmVxdWVzdC1jb25maWdaSToVYWNjZXNzX3JlcXVlc3RfY29uZmlnYhVhY2Nlc3NfcmVxdWVzdF9jb25maWcaGS9hY2Nlc3MtcmVxdWVzdC1jb25maWcvdjFiFWFjY2Vzc19yZXF1ZXN0X2NvbmZpZxoWL2FjY2Vzcy1yZXF1ZXN0LWNvbmZpZ2IGcHJvdG8z", [file_google_api_annotations]);
/**
 * Describes the message jitgate.v1.AccessRequestConfig.
 * Use `create(AccessRequestConfigSchema)` to create a new message.
 */
export const AccessRequestConfigSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_request_config, 0);
/**
 * Describes the message jitgate.v1.RequestOnBehalfOfConfig.
 * Use `create(RequestOnBehalfOfConfigSchema)` to create a new message.
 */
export const RequestOnBehalfOfConfigSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_request_config, 1);
/**
 * Describes the message jitgate.v1.ApprovalReminderAndEscalationConfig.
 * Use `create(ApprovalReminderAndEscalationConfigSchema)` to create a new message.
 */
export const ApprovalReminderAndEscalationConfigSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_request_config, 2);
/**
 * Describes the message jitgate.v1.FallbackApproverRef.
 * Use `create(FallbackApproverRefSchema)` to create a new message.
 */
export const FallbackApproverRefSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_request_config, 3);
/**
 * Describes the message jitgate.v1.EntitlementRequestConfig.
 * Use `create(EntitlementRequestConfigSchema)` to create a new message.
 */
export const EntitlementRequestConfigSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_request_config, 4);
/**
 * Describes the message jitgate.v1.GetRequestConfigRequest.
 * Use `create(GetRequestConfigRequestSchema)` to create a new message.
 */
export const GetRequestConfigRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_request_config, 5);
/**
 * Describes the message jitgate.v1.GetRequestConfigResponse.
 * Use `create(GetRequestConfigResponseSchema)` to create a new message.
 */
export const GetRequestConfigResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_request_config, 6);
/**
 * Describes the message jitgate.v1.UpdateRequestConfigRequest.
 * Use `create(UpdateRequestConfigRequestSchema)` to create a new message.
 */
export const UpdateRequestConfigRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_request_config, 7);
/**
 * Describes the message jitgate.v1.UpdateRequestConfigResponse.
 * Use `create(UpdateRequestConfigResponseSchema)` to create a new message.
 */
export const UpdateRequestConfigResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_request_config, 8);
/**
 * RequestConfigService reads and replaces the org's access-request
 * configuration. There is exactly one per org; an org that never saved one
 * reads the defaults documented on each field.
 *
 * The org is the caller's token `org`. Reading and replacing both require
 * the ORG_ADMIN role (decision 0010). Changes apply only to requests filed
 * afterwards, and leave a CONFIG_CHANGED audit event with before and after.
 *
 * @generated from service jitgate.v1.RequestConfigService
 */
export const RequestConfigService = /*@__PURE__*/ serviceDesc(file_jitgate_v1_request_config, 0);
