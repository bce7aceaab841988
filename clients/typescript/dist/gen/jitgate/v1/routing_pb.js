// Routing rules: how an org's access requests are routed to approvals.
//
// Modeled on the P0 Routing Rules API. An org has one workflow, saved as a
// sequence of immutable versions. Every write (a whole-config save or a rule
// edit by name) produces a new version; any saved version stays readable by its
// id. The REST paths and JSON keys are P0's own.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_api_annotations } from "../../google/api/annotations_pb.js";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file jitgate/v1/routing.proto.
 */
export const file_jitgate_v1_routing = /*@__PURE__*/ fileDesc("ChhqaXRnYXRlL3YxL3JvdXRpbmcucHJvdG8SCmppdGdhdGUudjEicAoIV29ya2Zsb3cSCgoCaWQYASABKAkSMAoMY3JlYXRlZF9kYXRlGAIgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBImCgVydWxlcxgDIAMoCzIXLmppdGdhdGUudjEuUm91dGluZ1J1bGUipwEKC1JvdXRpbmdSdWxlEgwKBG5hbWUYASABKAkSEAoIZGlzYWJsZWQYAiABKAgSKAoJcmVxdWVzdG9yGAMgASgLMhUuaml0Z2F0ZS52MS5SZXF1ZXN0b3ISJgoIcmVzb3VyY2UYBCABKAsyFC5qaXRnYXRlLnYxLlJlc291cmNlEiYKCGFwcHJvdmFsGAUgAygLMhQuaml0Z2F0ZS52MS5BcHByb3ZhbCKvAQoJUmVxdWVzdG9yEgwKBHR5cGUYASABKAkSEAoDdWlkGAIgASgJSACIAQESFgoJZGlyZWN0b3J5GAMgASgJSAGIAQESDwoCaWQYBCABKAlIAogBARISCgVsYWJlbBgFIAEoCUgDiAEBEhMKBmVmZmVjdBgGIAEoCUgEiAEBQgYKBF91aWRCDAoKX2RpcmVjdG9yeUIFCgNfaWRCCAoGX2xhYmVsQgkKB19lZmZlY3Qi5AEKCFJlc291cmNlEgwKBHR5cGUYASABKAkSFAoHc2VydmljZRgCIAEoCUgAiAEBEhgKC2FjY2Vzc190eXBlGAMgASgJSAGIAQESMgoHZmlsdGVycxgEIAMoCzIhLmppdGdhdGUudjEuUmVzb3VyY2UuRmlsdGVyc0VudHJ5GkoKDEZpbHRlcnNFbnRyeRILCgNrZXkYASABKAkSKQoFdmFsdWUYAiABKAsyGi5qaXRnYXRlLnYxLlJlc291cmNlRmlsdGVyOgI4AUIKCghfc2VydmljZUIOCgxfYWNjZXNzX3R5cGUiegoOUmVzb3VyY2VGaWx0ZXISDgoGZWZmZWN0GAEgASgJEhAKA2tleRgCIAEoCUgAiAEBEhIKBXZhbHVlGAMgASgISAGIAQESFAoHcGF0dGVybhgEIAEoCUgCiAEBQgYKBF9rZXlCCAoGX3ZhbHVlQgoKCF9wYXR0ZXJuIqQCCghBcHByb3ZhbBIMCgR0eXBlGAEgASgJEhYKCWRpcmVjdG9yeRgCIAEoCUgAiAEBEhgKC2ludGVncmF0aW9uGAMgASgJSAGIAQESLwoQcHJvZmlsZV9wcm9wZXJ0eRgEIAEoCUgCUhBwcm9maWxlX3Byb3BlcnR5iAEBEhAKCHNlcnZpY2VzGAUgAygJEg8KAmlkGAYgASgJSAOIAQESEgoFbGFiZWwYByABKAlIBIgBARIsCgdvcHRpb25zGAggASgLMhsuaml0Z2F0ZS52MS5BcHByb3ZhbE9wdGlvbnNCDAoKX2RpcmVjdG9yeUIOCgxfaW50ZWdyYXRpb25CEwoRX3Byb2ZpbGVfcHJvcGVydHlCBQoDX2lkQggKBl9sYWJlbCLcAQoPQXBwcm92YWxPcHRpb25zEi0KD2FsbG93X29uZV9wYXJ0eRgBIAEoCEgAUg9hbGxvd19vbmVfcGFydHmIAQESKwoOcmVxdWlyZV9yZWFzb24YAiABKAhIAVIOcmVxdWlyZV9yZWFzb26IAQESFQoIY29vbGRvd24YAyABKAVIAogBARIVCghkdXJhdGlvbhgEIAEoBUgDiAEBQhIKEF9hbGxvd19vbmVfcGFydHlCEQoPX3JlcXVpcmVfcmVhc29uQgsKCV9jb29sZG93bkILCglfZHVyYXRpb24iKQoXR2V0Um91dGluZ0NvbmZpZ1JlcXVlc3QSDgoGb3JnX2lkGAEgASgJIkIKGEdldFJvdXRpbmdDb25maWdSZXNwb25zZRImCgh3b3JrZmxvdxgBIAEoCzIULmppdGdhdGUudjEuV29ya2Zsb3cihAEKGFNhdmVSb3V0aW5nQ29uZmlnUmVxdWVzdBIOCgZvcmdfaWQYASABKAkSHAoPY3VycmVudF92ZXJzaW9uGAIgASgJSACIAQESJgoId29ya2Zsb3cYAyABKAsyFC5qaXRnYXRlLnYxLldvcmtmbG93QhIKEF9jdXJyZW50X3ZlcnNpb24iVAoZU2F2ZVJvdXRpbmdDb25maWdSZXNwb25zZRImCgVydWxlcxgBIAMoCzIXLmppdGdhdGUudjEuUm91dGluZ1J1bGUSDwoHdmVyc2lvbhgCIAEoCSI1ChVHZXRSb3V0aW5nUnVsZVJlcXVlc3QSDgoGb3JnX2lkGAEgASgJEgwKBG5hbWUYAiABKAkiUAoWR2V0Um91dGluZ1J1bGVSZXNwb25zZRIlCgRydWxlGAEgASgLMhcuaml0Z2F0ZS52MS5Sb3V0aW5nUnVsZRIPCgd2ZXJzaW9uGAIgASgJIpEBChhDcmVhdGVSb3V0aW5nUnVsZVJlcXVlc3QSDgoGb3JnX2lkGAEgASgJEgwKBG5hbWUYAiABKAkSJQoEcnVsZRgDIAEoCzIXLmppdGdhdGUudjEuUm91dGluZ1J1bGUSHAoPY3VycmVudF92ZXJzaW9uGAQgASgJSACIAQFCEgoQX2N1cnJlbnRfdmVyc2lvbiJTChlDcmVhdGVSb3V0aW5nUnVsZVJlc3BvbnNlEiUKBHJ1bGUYASABKAsyFy5qaXRnYXRlLnYxLlJvdXRpbmdSdWxlEg8KB3ZlcnNpb24YAiABKAkikQEKGFVwZGF0ZVJvdXRpbmdSdWxlUmVxdWVzdBIOCgZvcmdfaWQYASABKAkSDAoEbmFtZRgCIAEoCRIlCgRydWxlGAMgASgLMhcuaml0Z2F0ZS52MS5Sb3V0aW5nUnVsZRIcCg9jdXJyZW50X3ZlcnNpb24YBCABKAlIAIgBAUISChBfY3VycmVudF92ZXJzaW9uIlMKGVVwZGF0ZVJvdXRpbmdSdWxlUmVzcG9uc2USJQoEcnVsZRgBIAEoCzIXLmppdGdhdGUudjEuUm91dGluZ1J1bGUSDwoHdmVyc2lvbhgCIAEoCSJqChhEZWxldGVSb3V0aW5nUnVsZVJlcXVlc3QSDgoGb3JnX2lkGAEgASgJEgwKBG5hbWUYAiABKAkSHAoPY3VycmVudF92ZXJzaW9uGAMgASgJSACIAQFCEgoQX2N1cnJlbnRfdmVyc2lvbiIsChlEZWxldGVSb3V0aW5nUnVsZVJlc3BvbnNlEg8KB3ZlcnNpb24YASABKAkiOQoSR2V0V29ya2Zsb3dSZXF1ZXN0Eg4KBm9yZ19pZBgBIAEoCRITCgt3b3JrZmxvd19pZBgCIAEoCSI9ChNHZXRXb3JrZmxvd1Jlc3BvbnNlEiYKCHdvcmtmbG93GAEgASgLMhQuaml0Z2F0ZS52MS5Xb3JrZmxvdzLlBwoOUm91dGluZ1NlcnZpY2UShAEKEEdldFJvdXRpbmdDb25maWcSIy5qaXRnYXRlLnYxLkdldFJvdXRpbmdDb25maWdSZXF1ZXN0GiQuaml0Z2F0ZS52MS5HZXRSb3V0aW5nQ29uZmlnUmVzcG9uc2UiJYLT5JMCH2IId29ya2Zsb3cSEy9vL3tvcmdfaWR9L3JvdXRpbmcSgAEKEVNhdmVSb3V0aW5nQ29uZmlnEiQuaml0Z2F0ZS52MS5TYXZlUm91dGluZ0NvbmZpZ1JlcXVlc3QaJS5qaXRnYXRlLnYxLlNhdmVSb3V0aW5nQ29uZmlnUmVzcG9uc2UiHoLT5JMCGDoBKiITL28ve29yZ19pZH0vcm91dGluZxKGAQoOR2V0Um91dGluZ1J1bGUSIS5qaXRnYXRlLnYxLkdldFJvdXRpbmdSdWxlUmVxdWVzdBoiLmppdGdhdGUudjEuR2V0Um91dGluZ1J1bGVSZXNwb25zZSItgtPkkwInYgRydWxlEh8vby97b3JnX2lkfS9yb3V0aW5nL25hbWUve25hbWV9EpUBChFDcmVhdGVSb3V0aW5nUnVsZRIkLmppdGdhdGUudjEuQ3JlYXRlUm91dGluZ1J1bGVSZXF1ZXN0GiUuaml0Z2F0ZS52MS5DcmVhdGVSb3V0aW5nUnVsZVJlc3BvbnNlIjOC0+STAi06BHJ1bGViBHJ1bGUiHy9vL3tvcmdfaWR9L3JvdXRpbmcvbmFtZS97bmFtZX0SlQEKEVVwZGF0ZVJvdXRpbmdSdWxlEiQuaml0Z2F0ZS52MS5VcGRhdGVSb3V0aW5nUnVsZVJlcXVlc3QaJS5qaXRnYXRlLnYxLlVwZGF0ZVJvdXRpbmdSdWxlUmVzcG9uc2UiM4LT5JMCLToEcnVsZWIEcnVsZRofL28ve29yZ19pZH0vcm91dGluZy9uYW1lL3tuYW1lfRKJAQoRRGVsZXRlUm91dGluZ1J1bGUSJC5qaXRnYXRlLnYxLkRlbGV0ZVJvdXRpbmdSdWxlUmVxdWVzdBolLmppdGdhdGUudjEuRGVsZXRlUm91dGluZ1J1bGVSZXNwb25zZSIngtPkkwIhKh8vby97b3JnX2lkfS9yb3V0aW5nL25hbWUve25hbWV9EoMBCgtHZXRXb3JrZmxvdxIeLmppdGdhdGUudjEuR2V0V29ya2Zsb3dSZXF1ZXN0Gh8uaml0Z2F0ZS52MS5HZXRXb3JrZmxvd1Jlc3BvbnNlIjOC0+STAi1iCHdvcmtmbG93EiEvby97b3JnX2lkfS9yb3V0aW5nL3t3b3JrZmxvd19pZH1iBnByb3RvMw", [file_google_api_annotations, file_google_protobuf_timestamp]);
/**
 * Describes the message jitgate.v1.Workflow.
 * Use `create(WorkflowSchema)` to create a new message.
 */
export const WorkflowSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 0);
/**
 * Describes the message jitgate.v1.RoutingRule.
 * Use `create(RoutingRuleSchema)` to create a new message.
 */
export const RoutingRuleSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 1);
/**
 * Describes the message jitgate.v1.Requestor.
 * Use `create(RequestorSchema)` to create a new message.
 */
export const RequestorSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 2);
/**
 * Describes the message jitgate.v1.Resource.
 * Use `create(ResourceSchema)` to create a new message.
 */
export const ResourceSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 3);
/**
 * Describes the message jitgate.v1.ResourceFilter.
 * Use `create(ResourceFilterSchema)` to create a new message.
 */
export const ResourceFilterSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 4);
/**
 * Describes the message jitgate.v1.Approval.
 * Use `create(ApprovalSchema)` to create a new message.
 */
export const ApprovalSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 5);
/**
 * Describes the message jitgate.v1.ApprovalOptions.
 * Use `create(ApprovalOptionsSchema)` to create a new message.
 */
export const ApprovalOptionsSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 6);
/**
 * Describes the message jitgate.v1.GetRoutingConfigRequest.
 * Use `create(GetRoutingConfigRequestSchema)` to create a new message.
 */
export const GetRoutingConfigRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 7);
/**
 * Describes the message jitgate.v1.GetRoutingConfigResponse.
 * Use `create(GetRoutingConfigResponseSchema)` to create a new message.
 */
export const GetRoutingConfigResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 8);
/**
 * Describes the message jitgate.v1.SaveRoutingConfigRequest.
 * Use `create(SaveRoutingConfigRequestSchema)` to create a new message.
 */
export const SaveRoutingConfigRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 9);
/**
 * Describes the message jitgate.v1.SaveRoutingConfigResponse.
 * Use `create(SaveRoutingConfigResponseSchema)` to create a new message.
 */
export const SaveRoutingConfigResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 10);
/**
 * Describes the message jitgate.v1.GetRoutingRuleRequest.
 * Use `create(GetRoutingRuleRequestSchema)` to create a new message.
 */
export const GetRoutingRuleRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 11);
/**
 * Describes the message jitgate.v1.GetRoutingRuleResponse.
 * Use `create(GetRoutingRuleResponseSchema)` to create a new message.
 */
export const GetRoutingRuleResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 12);
/**
 * Describes the message jitgate.v1.CreateRoutingRuleRequest.
 * Use `create(CreateRoutingRuleRequestSchema)` to create a new message.
 */
export const CreateRoutingRuleRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 13);
/**
 * Describes the message jitgate.v1.CreateRoutingRuleResponse.
 * Use `create(CreateRoutingRuleResponseSchema)` to create a new message.
 */
export const CreateRoutingRuleResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 14);
/**
 * Describes the message jitgate.v1.UpdateRoutingRuleRequest.
 * Use `create(UpdateRoutingRuleRequestSchema)` to create a new message.
 */
export const UpdateRoutingRuleRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 15);
/**
 * Describes the message jitgate.v1.UpdateRoutingRuleResponse.
 * Use `create(UpdateRoutingRuleResponseSchema)` to create a new message.
 */
export const UpdateRoutingRuleResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 16);
/**
 * Describes the message jitgate.v1.DeleteRoutingRuleRequest.
 * Use `create(DeleteRoutingRuleRequestSchema)` to create a new message.
 */
export const DeleteRoutingRuleRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 17);
/**
 * Describes the message jitgate.v1.DeleteRoutingRuleResponse.
 * Use `create(DeleteRoutingRuleResponseSchema)` to create a new message.
 */
export const DeleteRoutingRuleResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 18);
/**
 * Describes the message jitgate.v1.GetWorkflowRequest.
 * Use `create(GetWorkflowRequestSchema)` to create a new message.
 */
export const GetWorkflowRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 19);
/**
 * Describes the message jitgate.v1.GetWorkflowResponse.
 * Use `create(GetWorkflowResponseSchema)` to create a new message.
 */
export const GetWorkflowResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_routing, 20);
/**
 * RoutingService reads and writes an org's routing workflow.
 *
 * Writes use optimistic concurrency: a save that names a `current_version`
 * other than the latest fails with ABORTED and writes nothing. Rule edits by
 * name are applied to whatever version is latest when they commit, so two
 * concurrent edits never lose one another. Writes require the ORG_ADMIN role.
 *
 * @generated from service jitgate.v1.RoutingService
 */
export const RoutingService = /*@__PURE__*/ serviceDesc(file_jitgate_v1_routing, 0);
