import { AddButton } from "../auth/AddButton";
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { IconSettings } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import {
  formatPercent,
  formatDate,
  meetingKindLabels,
  meetingStateLabels,
  type VoteRulesValue,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { FormActions } from "../../components/FormActions";
import { PageHeader } from "../../components/PageHeader";
import { MeetingFormModal } from "./MeetingFormModal";

function FractionInputs({
  label,
  value,
  onChange,
}: {
  label: string;
  value: { numerator: number; denominator: number };
  onChange: (v: { numerator: number; denominator: number }) => void;
}) {
  const pct =
    value.denominator > 0 ? `≈ ${formatPercent(value.numerator, value.denominator, 2)}` : "";
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group align="center" gap="xs">
        <NumberInput
          aria-label={`${label} – tử số`}
          w={90}
          min={1}
          max={100}
          allowDecimal={false}
          value={value.numerator}
          onChange={(v) => onChange({ ...value, numerator: Number(v) || 0 })}
        />
        <Text>/</Text>
        <NumberInput
          aria-label={`${label} – mẫu số`}
          w={90}
          min={1}
          max={100}
          allowDecimal={false}
          value={value.denominator}
          onChange={(v) => onChange({ ...value, denominator: Number(v) || 0 })}
        />
        <Text c="dimmed" size="sm">
          {pct}
        </Text>
      </Group>
    </Stack>
  );
}

function RulesModal({ rules, onClose }: { rules: VoteRulesValue; onClose: () => void }) {
  const [r, setR] = useState(rules);
  const save = useApiMutation("meetings.saveRules", {
    success: "Đã lưu tỷ lệ biểu quyết",
    onSuccess: onClose,
  });
  return (
    <Modal opened onClose={onClose} title="Tỷ lệ dự họp và biểu quyết của Hội đồng" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(r);
        }}
      >
        <Stack>
          <FractionInputs
            label="Số thành viên có mặt tối thiểu (trên tổng số thành viên)"
            value={r.quorum}
            onChange={(quorum) => setR({ ...r, quorum })}
          />
          <FractionInputs
            label="Riêng phiên họp xét khen thưởng (bằng hoặc cao hơn)"
            value={r.awardQuorum}
            onChange={(awardQuorum) => setR({ ...r, awardQuorum })}
          />
          <FractionInputs
            label="Tỷ lệ đồng ý để thông qua"
            value={r.pass}
            onChange={(f) => setR({ ...r, pass: { ...r.pass, ...f } })}
          />
          <Group grow>
            <Select
              label="Cách so sánh"
              allowDeselect={false}
              data={[
                { value: "more_than", label: "Trên tỷ lệ (quá bán)" },
                { value: "at_least", label: "Từ tỷ lệ trở lên" },
              ]}
              value={r.pass.comparison}
              onChange={(v) =>
                v && setR({ ...r, pass: { ...r.pass, comparison: v as "more_than" | "at_least" } })
              }
            />
            <Select
              label="Tính trên"
              allowDeselect={false}
              data={[
                { value: "present", label: "Số thành viên có mặt" },
                { value: "members", label: "Tổng số thành viên Hội đồng" },
              ]}
              value={r.pass.base}
              onChange={(v) =>
                v && setR({ ...r, pass: { ...r.pass, base: v as "present" | "members" } })
              }
            />
          </Group>
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

export function MeetingsPage() {
  const year = useWorkingYear();
  const list = useApiQuery("meetings.list", { year: year ?? 0 }, { enabled: !!year });
  const rules = useApiQuery("meetings.getRules", {});
  const [creating, setCreating] = useState(false);
  const [editingRules, setEditingRules] = useState(false);
  if (!year) return null;
  return (
    <>
      <PageHeader
        title="Họp Hội đồng Thi đua – Khen thưởng"
        description={`Các phiên họp xét đề nghị khen thưởng năm ${year}: thành phần, biểu quyết, biên bản và tờ trình.`}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconSettings size={16} />}
              onClick={() => setEditingRules(true)}
              disabled={!rules.data}
            >
              Tỷ lệ biểu quyết
            </Button>
            <AddButton may="meetings.save" onClick={() => setCreating(true)}>
              Phiên họp mới
            </AddButton>
          </>
        }
      />
      {list.data && list.data.length === 0 && (
        <Alert color="gray">
          Chưa có phiên họp nào năm {year}. Đề nghị ở trạng thái “Trình Hội đồng” (trong Hồ sơ khen
          thưởng) được đưa vào phiên họp để biểu quyết.
        </Alert>
      )}
      {list.data && list.data.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Ngày họp</Table.Th>
              <Table.Th>Loại</Table.Th>
              <Table.Th>Địa điểm</Table.Th>
              <Table.Th>Chủ tọa</Table.Th>
              <Table.Th>Có mặt</Table.Th>
              <Table.Th>Đề nghị</Table.Th>
              <Table.Th>Trạng thái</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Link to={`/hop-hoi-dong/${m.id}`}>
                    {formatDate(m.meetingDate)} lúc {m.startTime}
                  </Link>
                </Table.Td>
                <Table.Td>{meetingKindLabels[m.kind]}</Table.Td>
                <Table.Td>{m.place}</Table.Td>
                <Table.Td>{m.chairName}</Table.Td>
                <Table.Td>
                  <Badge color={m.quorum.met ? "teal" : "red"} variant="light">
                    {m.quorum.present}/{m.quorum.total}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {m.state === "da_ap_dung" ? `${m.passedCount}/${m.itemCount} đạt` : m.itemCount}
                </Table.Td>
                <Table.Td>
                  <Badge color={m.state === "da_ap_dung" ? "teal" : "blue"} variant="light">
                    {meetingStateLabels[m.state]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <MeetingFormModal year={year} onClose={() => setCreating(false)} />}
      {editingRules && rules.data && (
        <RulesModal rules={rules.data} onClose={() => setEditingRules(false)} />
      )}
    </>
  );
}
