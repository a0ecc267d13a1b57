import { Group, Kbd, Loader, Text, UnstyledButton } from "@mantine/core";
import { Spotlight, spotlight } from "@mantine/spotlight";
import { IconSearch } from "@tabler/icons-react";
import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useApiQuery } from "../../api/hooks";

/** One search box for the whole app (Ctrl+K); every area feeds system.search. */
export function GlobalSearch() {
  const [query, setQuery] = useState("");
  // No debounce: the search answers in a few ms, so every key shows its results at once
  // (ui.search_keystroke_p95_ms); the previous results stay until the new ones arrive.
  const q = query.trim();
  const navigate = useNavigate();
  const results = useApiQuery(
    "system.search",
    { q },
    { enabled: q.length >= 2, placeholderData: keepPreviousData },
  );

  return (
    <>
      <UnstyledButton
        onClick={() => spotlight.open()}
        aria-label="Tìm kiếm"
        style={{
          border: "1px solid var(--mantine-color-gray-4)",
          borderRadius: 4,
          padding: "5px 10px",
          width: 260,
        }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Group gap={6} wrap="nowrap">
            <IconSearch size={16} />
            <Text size="sm" c="dimmed">
              Tìm kiếm…
            </Text>
          </Group>
          <Kbd size="xs">Ctrl + K</Kbd>
        </Group>
      </UnstyledButton>
      <Spotlight.Root
        query={query}
        onQueryChange={setQuery}
        shortcut={["mod + K"]}
        scrollable
        maxHeight={420}
      >
        <Spotlight.Search
          placeholder="Gõ tên, mã… (không cần dấu: “chien si” tìm “Chiến sĩ”)"
          leftSection={results.isFetching ? <Loader size={16} /> : <IconSearch size={18} />}
        />
        <Spotlight.ActionsList>
          {(results.data ?? []).map((r) => (
            <Spotlight.Action
              key={`${r.kind}-${r.id}`}
              label={r.title}
              description={[r.kindLabel, r.subtitle].filter(Boolean).join(" · ")}
              onClick={() => navigate(r.route)}
            />
          ))}
          {q.length >= 2 && results.isSuccess && results.data.length === 0 && (
            <Spotlight.Empty>Không tìm thấy kết quả cho “{q}”.</Spotlight.Empty>
          )}
          {q.length < 2 && <Spotlight.Empty>Gõ ít nhất 2 ký tự để tìm.</Spotlight.Empty>}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}
