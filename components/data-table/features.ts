// The table features every staff table uses: sorting and pagination state only. Processing is
// the server's (manualSorting/manualPagination): the client never sorts or slices a page itself.
import { rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";

export const dataTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type DataTableFeatures = typeof dataTableFeatures;
