// Policy as code: an org's routing rules, access flows and access-request
// configuration as one declarative document, kept in git and changed through
// review. ExportPolicy writes the live policy in that form; PlanPolicy says
// what a proposed document would change; ApplyPolicy makes the change in one
// transaction; SimulateConfigChange re-evaluates recent and hypothetical
// requests under the live and the proposed policy and reports every decision
// that would change. The `jitgate policy` command drives these RPCs.
//
// The document's parts use the JSON keys of their own APIs (P0's routing
// rules, Apono's access flows, SailPoint's request config); the JSON Schema
// of the YAML file is docs/policy.schema.json.
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_api_annotations } from "../../google/api/annotations_pb.js";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
import { file_jitgate_v1_access_flow } from "./access_flow_pb.js";
import { file_jitgate_v1_access_request } from "./access_request_pb.js";
import { file_jitgate_v1_request_config } from "./request_config_pb.js";
import { file_jitgate_v1_routing } from "./routing_pb.js";
/**
 * Describes the file jitgate/v1/policy.proto.
 */
export const file_jitgate_v1_policy = /*@__PURE__*/ fileDesc("ChdqaXRnYXRlL3YxL3BvbGljeS5wcm90bxIKaml0Z2F0ZS52MSK5AQoGUG9saWN5EikKB3JvdXRpbmcYASABKAsyGC5qaXRnYXRlLnYxLlJvdXRpbmdSdWxlcxI7CgxhY2Nlc3NfZmxvd3MYAiABKAsyFy5qaXRnYXRlLnYxLkFjY2Vzc0Zsb3dzUgxhY2Nlc3NfZmxvd3MSRwoOcmVxdWVzdF9jb25maWcYAyABKAsyHy5qaXRnYXRlLnYxLkFjY2Vzc1JlcXVlc3RDb25maWdSDnJlcXVlc3RfY29uZmlnIjYKDFJvdXRpbmdSdWxlcxImCgVydWxlcxgBIAMoCzIXLmppdGdhdGUudjEuUm91dGluZ1J1bGUiNAoLQWNjZXNzRmxvd3MSJQoFZmxvd3MYASADKAsyFi5qaXRnYXRlLnYxLkFjY2Vzc0Zsb3ciZAoKUG9saWN5QmFzZRIsChFjb25maWdfZ2VuZXJhdGlvbhgBIAEoA1IRY29uZmlnX2dlbmVyYXRpb24SKAoPcm91dGluZ192ZXJzaW9uGAIgASgJUg9yb3V0aW5nX3ZlcnNpb24iLQoTRXhwb3J0UG9saWN5UmVxdWVzdBIWCgZvcmdfaWQYASABKAlSBm9yZ19pZCJgChRFeHBvcnRQb2xpY3lSZXNwb25zZRIiCgZwb2xpY3kYASABKAsyEi5qaXRnYXRlLnYxLlBvbGljeRIkCgRiYXNlGAIgASgLMhYuaml0Z2F0ZS52MS5Qb2xpY3lCYXNlIk8KEVBsYW5Qb2xpY3lSZXF1ZXN0EhYKBm9yZ19pZBgBIAEoCVIGb3JnX2lkEiIKBnBvbGljeRgCIAEoCzISLmppdGdhdGUudjEuUG9saWN5IjoKC0ZpZWxkQ2hhbmdlEgwKBHBhdGgYASABKAkSDgoGYmVmb3JlGAIgASgJEg0KBWFmdGVyGAMgASgJIpgBCgxQb2xpY3lDaGFuZ2USKAoGb2JqZWN0GAEgASgOMhguaml0Z2F0ZS52MS5Qb2xpY3lPYmplY3QSKAoGYWN0aW9uGAIgASgOMhguaml0Z2F0ZS52MS5Qb2xpY3lBY3Rpb24SCwoDa2V5GAMgASgJEicKBmZpZWxkcxgEIAMoCzIXLmppdGdhdGUudjEuRmllbGRDaGFuZ2UixwEKClBvbGljeVBsYW4SKQoHY2hhbmdlcxgBIAMoCzIYLmppdGdhdGUudjEuUG9saWN5Q2hhbmdlEiQKBGJhc2UYAiABKAsyFi5qaXRnYXRlLnYxLlBvbGljeUJhc2USLAoRcm91dGluZ19yZW9yZGVyZWQYAyABKAhSEXJvdXRpbmdfcmVvcmRlcmVkEjoKGHJvdXRpbmdfcmVwbGFjZXNfZGVmYXVsdBgEIAEoCFIYcm91dGluZ19yZXBsYWNlc19kZWZhdWx0IjoKElBsYW5Qb2xpY3lSZXNwb25zZRIkCgRwbGFuGAEgASgLMhYuaml0Z2F0ZS52MS5Qb2xpY3lQbGFuInYKEkFwcGx5UG9saWN5UmVxdWVzdBIWCgZvcmdfaWQYASABKAlSBm9yZ19pZBIiCgZwb2xpY3kYAiABKAsyEi5qaXRnYXRlLnYxLlBvbGljeRIkCgRiYXNlGAMgASgLMhYuaml0Z2F0ZS52MS5Qb2xpY3lCYXNlImQKE0FwcGx5UG9saWN5UmVzcG9uc2USJAoEcGxhbhgBIAEoCzIWLmppdGdhdGUudjEuUG9saWN5UGxhbhInCgdhcHBsaWVkGAIgASgLMhYuaml0Z2F0ZS52MS5Qb2xpY3lCYXNlIvUBChtTaW11bGF0ZUNvbmZpZ0NoYW5nZVJlcXVlc3QSFgoGb3JnX2lkGAEgASgJUgZvcmdfaWQSIgoGcG9saWN5GAIgASgLMhIuaml0Z2F0ZS52MS5Qb2xpY3kSKQoFc2luY2UYAyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEikKBXVudGlsGAQgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBINCgVsaW1pdBgFIAEoBRI1CgxoeXBvdGhldGljYWwYBiADKAsyHy5qaXRnYXRlLnYxLkh5cG90aGV0aWNhbFJlcXVlc3QifAoTSHlwb3RoZXRpY2FsUmVxdWVzdBIiCgxyZXF1ZXN0ZXJfaWQYASABKAlSDHJlcXVlc3Rlcl9pZBJBCg5hY2Nlc3NfcmVxdWVzdBgCIAEoCzIZLmppdGdhdGUudjEuQWNjZXNzUmVxdWVzdFIOYWNjZXNzX3JlcXVlc3QiiQIKDkRlY2lzaW9uQ2hhbmdlEiwKEWFjY2Vzc19yZXF1ZXN0X2lkGAEgASgJUhFhY2Nlc3NfcmVxdWVzdF9pZBIuChJoeXBvdGhldGljYWxfaW5kZXgYAiABKAVSEmh5cG90aGV0aWNhbF9pbmRleBIiCgxyZXF1ZXN0ZXJfaWQYAyABKAlSDHJlcXVlc3Rlcl9pZBIQCghyZXNvdXJjZRgEIAEoCRITCgtkaWZmZXJlbmNlcxgFIAMoCRIkCgRsaXZlGAYgASgLMhYuaml0Z2F0ZS52MS5FdmFsdWF0aW9uEigKCHByb3Bvc2VkGAcgASgLMhYuaml0Z2F0ZS52MS5FdmFsdWF0aW9uIpkCChxTaW11bGF0ZUNvbmZpZ0NoYW5nZVJlc3BvbnNlEisKB2NoYW5nZXMYASADKAsyGi5qaXRnYXRlLnYxLkRlY2lzaW9uQ2hhbmdlEhEKCWV2YWx1YXRlZBgCIAEoBRIRCgl0cnVuY2F0ZWQYAyABKAgSKgoQdHJ1bmNhdGVkX3JlYXNvbhgEIAEoCVIQdHJ1bmNhdGVkX3JlYXNvbhIpCgVzaW5jZRgFIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASKQoFdW50aWwYBiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEiQKBGJhc2UYByABKAsyFi5qaXRnYXRlLnYxLlBvbGljeUJhc2UqjgEKDFBvbGljeU9iamVjdBIdChlQT0xJQ1lfT0JKRUNUX1VOU1BFQ0lGSUVEEAASHgoaUE9MSUNZX09CSkVDVF9ST1VUSU5HX1JVTEUQARIdChlQT0xJQ1lfT0JKRUNUX0FDQ0VTU19GTE9XEAISIAocUE9MSUNZX09CSkVDVF9SRVFVRVNUX0NPTkZJRxADKngKDFBvbGljeUFjdGlvbhIdChlQT0xJQ1lfQUNUSU9OX1VOU1BFQ0lGSUVEEAASFQoRUE9MSUNZX0FDVElPTl9BREQQARIYChRQT0xJQ1lfQUNUSU9OX0NIQU5HRRACEhgKFFBPTElDWV9BQ1RJT05fUkVNT1ZFEAMy+AMKDVBvbGljeVNlcnZpY2USbQoMRXhwb3J0UG9saWN5Eh8uaml0Z2F0ZS52MS5FeHBvcnRQb2xpY3lSZXF1ZXN0GiAuaml0Z2F0ZS52MS5FeHBvcnRQb2xpY3lSZXNwb25zZSIagtPkkwIUEhIvby97b3JnX2lkfS9wb2xpY3kSbwoKUGxhblBvbGljeRIdLmppdGdhdGUudjEuUGxhblBvbGljeVJlcXVlc3QaHi5qaXRnYXRlLnYxLlBsYW5Qb2xpY3lSZXNwb25zZSIigtPkkwIcOgEqIhcvby97b3JnX2lkfS9wb2xpY3k6cGxhbhJzCgtBcHBseVBvbGljeRIeLmppdGdhdGUudjEuQXBwbHlQb2xpY3lSZXF1ZXN0Gh8uaml0Z2F0ZS52MS5BcHBseVBvbGljeVJlc3BvbnNlIiOC0+STAh06ASoiGC9vL3tvcmdfaWR9L3BvbGljeTphcHBseRKRAQoUU2ltdWxhdGVDb25maWdDaGFuZ2USJy5qaXRnYXRlLnYxLlNpbXVsYXRlQ29uZmlnQ2hhbmdlUmVxdWVzdBooLmppdGdhdGUudjEuU2ltdWxhdGVDb25maWdDaGFuZ2VSZXNwb25zZSImgtPkkwIgOgEqIhsvby97b3JnX2lkfS9wb2xpY3k6c2ltdWxhdGViBnByb3RvMw", [file_google_api_annotations, file_google_protobuf_timestamp, file_jitgate_v1_access_flow, file_jitgate_v1_access_request, file_jitgate_v1_request_config, file_jitgate_v1_routing]);
/**
 * Describes the message jitgate.v1.Policy.
 * Use `create(PolicySchema)` to create a new message.
 */
export const PolicySchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 0);
/**
 * Describes the message jitgate.v1.RoutingRules.
 * Use `create(RoutingRulesSchema)` to create a new message.
 */
export const RoutingRulesSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 1);
/**
 * Describes the message jitgate.v1.AccessFlows.
 * Use `create(AccessFlowsSchema)` to create a new message.
 */
export const AccessFlowsSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 2);
/**
 * Describes the message jitgate.v1.PolicyBase.
 * Use `create(PolicyBaseSchema)` to create a new message.
 */
export const PolicyBaseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 3);
/**
 * Describes the message jitgate.v1.ExportPolicyRequest.
 * Use `create(ExportPolicyRequestSchema)` to create a new message.
 */
export const ExportPolicyRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 4);
/**
 * Describes the message jitgate.v1.ExportPolicyResponse.
 * Use `create(ExportPolicyResponseSchema)` to create a new message.
 */
export const ExportPolicyResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 5);
/**
 * Describes the message jitgate.v1.PlanPolicyRequest.
 * Use `create(PlanPolicyRequestSchema)` to create a new message.
 */
export const PlanPolicyRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 6);
/**
 * Describes the message jitgate.v1.FieldChange.
 * Use `create(FieldChangeSchema)` to create a new message.
 */
export const FieldChangeSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 7);
/**
 * Describes the message jitgate.v1.PolicyChange.
 * Use `create(PolicyChangeSchema)` to create a new message.
 */
export const PolicyChangeSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 8);
/**
 * Describes the message jitgate.v1.PolicyPlan.
 * Use `create(PolicyPlanSchema)` to create a new message.
 */
export const PolicyPlanSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 9);
/**
 * Describes the message jitgate.v1.PlanPolicyResponse.
 * Use `create(PlanPolicyResponseSchema)` to create a new message.
 */
export const PlanPolicyResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 10);
/**
 * Describes the message jitgate.v1.ApplyPolicyRequest.
 * Use `create(ApplyPolicyRequestSchema)` to create a new message.
 */
export const ApplyPolicyRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 11);
/**
 * Describes the message jitgate.v1.ApplyPolicyResponse.
 * Use `create(ApplyPolicyResponseSchema)` to create a new message.
 */
export const ApplyPolicyResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 12);
/**
 * Describes the message jitgate.v1.SimulateConfigChangeRequest.
 * Use `create(SimulateConfigChangeRequestSchema)` to create a new message.
 */
export const SimulateConfigChangeRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 13);
/**
 * Describes the message jitgate.v1.HypotheticalRequest.
 * Use `create(HypotheticalRequestSchema)` to create a new message.
 */
export const HypotheticalRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 14);
/**
 * Describes the message jitgate.v1.DecisionChange.
 * Use `create(DecisionChangeSchema)` to create a new message.
 */
export const DecisionChangeSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 15);
/**
 * Describes the message jitgate.v1.SimulateConfigChangeResponse.
 * Use `create(SimulateConfigChangeResponseSchema)` to create a new message.
 */
export const SimulateConfigChangeResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_policy, 16);
/**
 * What kind of object a change is about.
 *
 * @generated from enum jitgate.v1.PolicyObject
 */
export var PolicyObject;
(function (PolicyObject) {
    /**
     * Never used.
     *
     * @generated from enum value: POLICY_OBJECT_UNSPECIFIED = 0;
     */
    PolicyObject[PolicyObject["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A routing rule (key: its name).
     *
     * @generated from enum value: POLICY_OBJECT_ROUTING_RULE = 1;
     */
    PolicyObject[PolicyObject["ROUTING_RULE"] = 1] = "ROUTING_RULE";
    /**
     * An access flow (key: its name).
     *
     * @generated from enum value: POLICY_OBJECT_ACCESS_FLOW = 2;
     */
    PolicyObject[PolicyObject["ACCESS_FLOW"] = 2] = "ACCESS_FLOW";
    /**
     * The request configuration (key: the org).
     *
     * @generated from enum value: POLICY_OBJECT_REQUEST_CONFIG = 3;
     */
    PolicyObject[PolicyObject["REQUEST_CONFIG"] = 3] = "REQUEST_CONFIG";
})(PolicyObject || (PolicyObject = {}));
/**
 * Describes the enum jitgate.v1.PolicyObject.
 */
export const PolicyObjectSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_policy, 0);
/**
 * What a change does to its object.
 *
 * @generated from enum jitgate.v1.PolicyAction
 */
export var PolicyAction;
(function (PolicyAction) {
    /**
     * Never used.
     *
     * @generated from enum value: POLICY_ACTION_UNSPECIFIED = 0;
     */
    PolicyAction[PolicyAction["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The object is new.
     *
     * @generated from enum value: POLICY_ACTION_ADD = 1;
     */
    PolicyAction[PolicyAction["ADD"] = 1] = "ADD";
    /**
     * The object exists and changes.
     *
     * @generated from enum value: POLICY_ACTION_CHANGE = 2;
     */
    PolicyAction[PolicyAction["CHANGE"] = 2] = "CHANGE";
    /**
     * The object is removed.
     *
     * @generated from enum value: POLICY_ACTION_REMOVE = 3;
     */
    PolicyAction[PolicyAction["REMOVE"] = 3] = "REMOVE";
})(PolicyAction || (PolicyAction = {}));
/**
 * Describes the enum jitgate.v1.PolicyAction.
 */
export const PolicyActionSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_policy, 1);
/**
 * PolicyService reads, plans, applies and simulates an org's policy as one
 * document. Every call requires the ORG_ADMIN role of the org.
 *
 * @generated from service jitgate.v1.PolicyService
 */
export const PolicyService = /*@__PURE__*/ serviceDesc(file_jitgate_v1_policy, 0);
