import { notifications } from "@mantine/notifications";
import { useCallback, useRef } from "react";
import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
} from "@tanstack/react-query";
import type { Channel, InputOf, OutputOf } from "../../electron/contract";
import { ApiError, call } from "./client";

export function useApiQuery<C extends Channel>(
  channel: C,
  input: InputOf<C>,
  options?: Omit<UseQueryOptions<OutputOf<C>, ApiError>, "queryKey" | "queryFn">,
) {
  const query = { queryKey: [channel, input], queryFn: () => call(channel, input), ...options };
  useFetchWhileRendering(query);
  return useQuery<OutputOf<C>, ApiError>(query);
}

/**
 * Sends a query that is not in the cache yet while the component renders, instead of after React
 * has committed and painted it (when useQuery's own fetch starts): a page's data is on its way
 * while its first render runs. Disabled queries are left alone.
 */
export function useFetchWhileRendering(query: {
  queryKey: QueryKey;
  queryFn: () => Promise<unknown>;
  enabled?: unknown;
}) {
  const client = useQueryClient();
  if (query.enabled === undefined || query.enabled === true)
    if (!client.getQueryState(query.queryKey))
      void client.prefetchQuery({ queryKey: query.queryKey, queryFn: query.queryFn });
}

export function notifyError(error: unknown) {
  const message =
    error instanceof ApiError
      ? error.message
      : "Đã xảy ra lỗi ngoài ý muốn. Dữ liệu của bạn không bị mất; hãy thử lại.";
  notifications.show({ color: "red", title: "Chưa thực hiện được", message, autoClose: 8000 });
}

export function notifySuccess(message: string) {
  notifications.show({ color: "teal", message, autoClose: 3000 });
}

interface MutationOptions<C extends Channel> {
  /** Shown as a green notification after success. */
  success?: string;
  onSuccess?: (value: OutputOf<C>) => void;
  /** Called with the error (for field errors on forms); the notification is shown anyway. */
  onError?: (error: ApiError) => void;
}

/**
 * A mutation that refreshes every query afterwards: simple, and right for a local database.
 * While a call runs, `mutate` ignores the same call again: a double-click on "Ban hành" or "Lưu"
 * sends one request, not two (the button's loading state comes a render later than the second
 * click). A different input (another row, another year) is sent as usual.
 */
export function useApiMutation<C extends Channel>(channel: C, options: MutationOptions<C> = {}) {
  const queryClient = useQueryClient();
  const running = useRef(new Set<string>());
  const mutation = useMutation<OutputOf<C>, ApiError, InputOf<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: async (value) => {
      await queryClient.invalidateQueries();
      if (options.success) notifySuccess(options.success);
      options.onSuccess?.(value);
    },
    onError: (error) => {
      notifyError(error);
      if (error instanceof ApiError) options.onError?.(error);
    },
    onSettled: (_data, _error, input) => {
      running.current.delete(JSON.stringify(input ?? null));
    },
  });
  const { mutate: send } = mutation;
  const mutate = useCallback(
    (...args: Parameters<typeof send>) => {
      const key = JSON.stringify(args[0] ?? null);
      if (running.current.has(key)) return;
      running.current.add(key);
      send(...args);
    },
    [send],
  ) as typeof send;
  return { ...mutation, mutate };
}
