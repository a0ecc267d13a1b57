import { Alert, Button, Card, Group, Loader, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import {
  IconAlertTriangle,
  IconFileSpreadsheet,
  IconRefresh,
  IconShieldCheck,
} from "@tabler/icons-react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import {
  auditAreas,
  auditRecordName,
  type AuditArea,
  type AuditFilter,
} from "../../../electron/contract/audit";
import { offerDownload } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { PageHeader } from "../../components/PageHeader";
import { formatNumber } from "../../lib/format";
import { AuditTable } from "./AuditEntries";

const PAGE = 100;
const MAX = 500;

/** The chain's state: whole (with its length), or where it breaks, in plain words. */
function ChainState() {
  const status = useApiQuery(
    "audit.status",
    {},
    // The check at start walks the chain beside other work: asked again until it is done.
    { refetchInterval: (q) => (q.state.data?.checking ? 1000 : false) },
  );
  const verify = useApiMutation("audit.verify");
  const s = verify.data ?? status.data;
  if (!s) return null;
  if (s.checking)
    return (
      <Alert color="gray" icon={<Loader size="sm" />} title="Đang kiểm tra nhật ký">
        <Text size="sm">
          Đang kiểm tra từng dòng của nhật ký ({formatNumber(s.headSeq)} dòng); có thể tiếp tục làm
          việc.
        </Text>
      </Alert>
    );
  const again = (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconRefresh size={14} />}
      loading={verify.isPending}
      onClick={() => verify.mutate({})}
    >
      Kiểm tra lại toàn bộ nhật ký
    </Button>
  );
  return s.ok ? (
    <Alert color="teal" icon={<IconShieldCheck />} title="Nhật ký nguyên vẹn">
      <Group justify="space-between">
        <Text size="sm">
          Đã kiểm tra {formatNumber(s.rows)} dòng {verify.data ? "vừa xong" : "khi mở ứng dụng"}:
          không dòng nào bị sửa hay xóa. Nhật ký hiện có {formatNumber(s.headSeq)} dòng; mỗi bản sao
          lưu và mỗi gói USB mang theo dòng cuối của nó.
        </Text>
        {again}
      </Group>
    </Alert>
  ) : (
    <Alert color="red" icon={<IconAlertTriangle />} title="Nhật ký đã bị can thiệp">
      <Stack gap={4}>
        <Text size="sm">{s.problem}</Text>
        <Text size="sm">
          Dữ liệu có thể đã bị sửa ngoài ứng dụng. Hãy báo quản trị; so sánh với bản sao lưu gần
          nhất trước dòng số {s.brokenAt}.
        </Text>
        <Group>{again}</Group>
      </Stack>
    </Alert>
  );
}

/** Nhật ký: every change to the data, who made it and when, filtered and exported to Excel. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const recordId = params.get("ban-ghi") ?? undefined;
  const [actor, setActor] = useState<string | null>(null);
  const [area, setArea] = useState<AuditArea | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
  const [limit, setLimit] = useState(PAGE);
  const filter: AuditFilter = {
    ...(actor ? { actor } : {}),
    ...(area ? { area } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(recordId ? { recordId } : {}),
    ...(debouncedText ? { text: debouncedText } : {}),
  };
  const list = useApiQuery("audit.list", { ...filter, limit });
  const exported = useApiMutation("audit.export", {
    onSuccess: (f) => void offerDownload(f.path, "reveal", f.fileName).catch(notifyError),
  });
  const entries = list.data?.entries ?? [];
  const reset = () => setLimit(PAGE);
  return (
    <>
      <PageHeader
        title="Nhật ký"
        description="Ai đã thêm, sửa, xóa gì trong dữ liệu và khi nào. Nhật ký chỉ ghi thêm, không sửa hay xóa được."
        actions={
          <Button
            variant="light"
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={exported.isPending}
            onClick={() => exported.mutate(filter)}
          >
            Xuất Excel
          </Button>
        }
      />
      <Stack>
        <ChainState />
        <Card withBorder>
          <Group align="flex-end" wrap="wrap">
            <Select
              label="Người thực hiện"
              placeholder="Tất cả"
              clearable
              searchable
              w={220}
              data={(list.data?.actors ?? []).map((a) => ({ value: a.actor, label: a.name }))}
              value={actor}
              onChange={(v) => (setActor(v), reset())}
            />
            <Select
              label="Khu vực"
              placeholder="Tất cả"
              clearable
              w={240}
              data={Object.entries(auditAreas).map(([value, label]) => ({ value, label }))}
              value={area}
              onChange={(v) => (setArea(v as AuditArea | null), reset())}
            />
            <DateField
              label="Từ ngày"
              clearable
              w={140}
              value={from}
              onChange={(v) => (setFrom(v), reset())}
            />
            <DateField
              label="Đến ngày"
              clearable
              w={140}
              value={to}
              onChange={(v) => (setTo(v), reset())}
            />
            <TextInput
              label="Tìm trong bản ghi, nội dung"
              placeholder="Tên người, số quyết định…"
              w={260}
              value={text}
              onChange={(e) => (setText(e.currentTarget.value), reset())}
            />
          </Group>
          {recordId && (
            <Group mt="sm" gap="xs">
              <Text size="sm">
                Chỉ bản ghi{" "}
                {(() => {
                  const own = entries.find((e) => e.recordId === recordId);
                  return own ? auditRecordName(own) : recordId;
                })()}{" "}
                và những gì gắn với nó.
              </Text>
              <Button size="compact-xs" variant="subtle" onClick={() => setParams({})}>
                Bỏ lọc bản ghi
              </Button>
            </Group>
          )}
        </Card>
        {list.data &&
          (entries.length ? (
            <AuditTable entries={entries} label="Nhật ký" />
          ) : (
            <Text c="dimmed">Không có dòng nhật ký nào khớp bộ lọc.</Text>
          ))}
        {list.data?.more &&
          (limit < MAX ? (
            <Group>
              <Button variant="default" onClick={() => setLimit(limit + PAGE)}>
                Xem thêm {PAGE} dòng cũ hơn
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Đang xem {MAX} dòng mới nhất. Thu hẹp bộ lọc, hoặc xuất Excel để xem tất cả.
            </Text>
          ))}
      </Stack>
    </>
  );
}
