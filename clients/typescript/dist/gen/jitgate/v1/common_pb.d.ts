import type { GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file jitgate/v1/common.proto.
 */
export declare const file_jitgate_v1_common: GenFile;
/**
 * The paging summary of an offset-paged list, as in Apono's list responses:
 * `{"total": 1, "limit": 1, "offset": 1}`.
 *
 * Offset-paged list requests take `limit` and `offset` (query parameters
 * over REST). `limit` defaults to 50 when zero or unset and may be at most
 * 100; a larger or negative `limit`, or a negative `offset`, is
 * INVALID_ARGUMENT. An `offset` at or past `total` yields an empty page.
 *
 * @generated from message jitgate.v1.Pagination
 */
export type Pagination = Message<"jitgate.v1.Pagination"> & {
    /**
     * The number of items matching the request across all pages.
     *
     * @generated from field: int32 total = 1;
     */
    total: number;
    /**
     * The page size applied (the request's `limit`, or the default 50).
     *
     * @generated from field: int32 limit = 2;
     */
    limit: number;
    /**
     * The number of matching items skipped before this page.
     *
     * @generated from field: int32 offset = 3;
     */
    offset: number;
};
/**
 * Describes the message jitgate.v1.Pagination.
 * Use `create(PaginationSchema)` to create a new message.
 */
export declare const PaginationSchema: GenMessage<Pagination>;
