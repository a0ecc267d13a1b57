import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { OutputOf } from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";
import { formatDate } from "../../lib/format";
import { quarterNames, statusLabels } from "./labels";

type Item = OutputOf<"plans.dashboard">["overdue"][number];

/** Items a card lists before "và … việc khác…", which opens the whole list in the card. */
const FIRST_ITEMS = 6;

function ItemList({
  title,
  items,
  color,
  empty,
}: {
  title: string;
  items: Item[];
  color: string;
  empty: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST_ITEMS);
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="xs">
        <Text fw={600} c={color}>
          {title}
        </Text>
        <Badge color={color} variant="light">
          {items.length}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6}>
          {shown.map((i, n) => (
            <Anchor key={n} component={Link} to={i.route} size="sm" c="inherit" underline="hover">
              <Text size="sm" lineClamp={2}>
                {i.date && (
                  <Text span fw={600} c={i.status === "qua_han" ? "red" : undefined}>
                    {formatDate(i.date)}:{" "}
                  </Text>
                )}
                {i.title}
              </Text>
            </Anchor>
          ))}
          {items.length > FIRST_ITEMS && (
            <Anchor
              component="button"
              type="button"
              size="xs"
              ta="left"
              aria-expanded={all}
              onClick={() => setAll(!all)}
            >
              {all ? "Thu gọn" : `và ${items.length - FIRST_ITEMS} việc khác…`}
            </Anchor>
          )}
        </Stack>
      )}
    </Card>
  );
}

/** The home page's work list: overdue, this week, this month, progress per quarter, next deadlines. */
export function DashboardPanel({ year }: { year: number }) {
  const d = useApiQuery("plans.dashboard", { year });
  if (!d.data) return null;
  if (!d.data.hasPlan) {
    return (
      <Card withBorder padding="lg">
        <Group justify="space-between">
          <div>
            <Title order={4}>Chưa có kế hoạch năm {year}</Title>
            <Text size="sm" c="dimmed">
              Tạo kế hoạch để theo dõi các hoạt động và hạn trong năm.
            </Text>
          </div>
          <Button component={Link} to="/ke-hoach">
            Lập kế hoạch năm {year}
          </Button>
        </Group>
      </Card>
    );
  }
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <ItemList
          title="Quá hạn"
          items={d.data.overdue}
          color="red"
          empty="Không có việc quá hạn."
        />
        <ItemList
          title="Đến hạn tuần này"
          items={d.data.dueThisWeek}
          color="orange"
          empty="Không có việc đến hạn trong tuần."
        />
        <ItemList
          title="Đến hạn trong tháng"
          items={d.data.dueThisMonth}
          color="blue"
          empty="Không có việc đến hạn trong tháng."
        />
      </SimpleGrid>
      <Card withBorder padding="md">
        <Text fw={600} mb="sm">
          Tiến độ kế hoạch năm {year}
        </Text>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {d.data.quarters.map((q) => (
            <div key={q.quarter}>
              <Group justify="space-between">
                <Text size="sm">{quarterNames[q.quarter - 1]}</Text>
                <Text size="sm" c="dimmed">
                  {q.done}/{q.total}
                </Text>
              </Group>
              <Progress
                value={q.total ? (q.done / q.total) * 100 : 0}
                color="teal"
                aria-label={`Tiến độ ${quarterNames[q.quarter - 1]}`}
              />
            </div>
          ))}
        </SimpleGrid>
      </Card>
      {d.data.upcoming.length > 0 && (
        <Card withBorder padding="md">
          <Text fw={600} mb="xs">
            Các hạn sắp tới
          </Text>
          <Stack gap={4}>
            {d.data.upcoming.map((i, n) => (
              <Group key={n} gap="xs" wrap="nowrap">
                <Text size="sm" fw={600} w={90}>
                  {i.date ? formatDate(i.date) : ""}
                </Text>
                <Text size="sm" style={{ flex: 1 }} lineClamp={1}>
                  {i.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {i.source}
                </Text>
                <Badge size="sm" variant="light" color={statusLabels[i.status].color}>
                  {statusLabels[i.status].label}
                </Badge>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
