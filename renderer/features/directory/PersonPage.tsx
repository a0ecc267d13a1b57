import { useCan } from "../auth/use-can";
import { RecordHistory } from "../audit/AuditEntries";
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import {
  disciplineInput,
  disciplineMeasures,
  genderLabels,
  initiativeLevels,
  ratingLabels,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { DateField } from "../../components/DateField";
import { FormActions } from "../../components/FormActions";
import { showServerErrors, zodValidate } from "../../components/form-utils";
import { formatDate } from "../../lib/format";
import { PersonAwardsCard } from "../awards/AwardsSection";
import { PersonModal } from "./PersonModal";
import { toOptions, useKinds } from "./shared";

type DisciplineForm = {
  personId: string;
  measure: keyof typeof disciplineMeasures;
  decisionNumber: string;
  decidedOn: string;
  until: string | null;
  note: string;
};

function DisciplineModal({ personId, onClose }: { personId: string; onClose: () => void }) {
  const form = useForm<DisciplineForm>({
    initialValues: {
      personId,
      measure: "khien_trach",
      decisionNumber: "",
      decidedOn: "",
      until: null,
      note: "",
    },
    validate: zodValidate<DisciplineForm>(disciplineInput),
  });
  const save = useApiMutation("directory.addDiscipline", {
    success: "Đã ghi hình thức kỷ luật",
    onSuccess: onClose,
    onError: (e) => showServerErrors(form, e),
  });
  return (
    <Modal opened onClose={onClose} title="Ghi hình thức kỷ luật">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <Select
            label="Hình thức"
            data={toOptions(disciplineMeasures)}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps("measure")}
          />
          <SimpleGrid cols={2}>
            <TextInput label="Số quyết định" {...form.getInputProps("decisionNumber")} />
            <DateField label="Ngày quyết định" withAsterisk {...form.getInputProps("decidedOn")} />
          </SimpleGrid>
          <DateField
            label="Hết thời hạn tính kỷ luật"
            description="Để trống nếu còn hiệu lực hoặc đang xem xét"
            clearable
            {...form.getInputProps("until")}
          />
          <Textarea label="Ghi chú" autosize {...form.getInputProps("note")} />
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

function Info({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || "—"}</Text>
    </div>
  );
}

export function PersonPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const page = useApiQuery("directory.getPerson", { id });
  const { categoryLabel } = useKinds();
  const [editing, setEditing] = useState(false);
  const [discipline, setDiscipline] = useState(false);
  const remove = useApiMutation("directory.deletePerson", {
    success: "Đã xóa cá nhân",
    onSuccess: () => void navigate("/danh-ba/ca-nhan"),
  });
  const removeDiscipline = useApiMutation("directory.deleteDiscipline", { success: "Đã xóa" });
  const can = useCan();
  if (page.error) return <Text c="red">{page.error.message}</Text>;
  if (!page.data) return null;
  const { person: p, unitPath, history, ratings, disciplines, initiatives } = page.data;
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/danh-ba/ca-nhan" size="sm">
          Cá nhân
        </Anchor>
        {unitPath.map((u) => (
          <Text key={u.id} size="sm">
            {u.name}
          </Text>
        ))}
      </Breadcrumbs>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2}>{p.fullName}</Title>
          {p.isLeader && <Badge variant="light">Lãnh đạo, quản lý</Badge>}
        </Group>
        <Group gap="xs">
          {can("directory.savePerson") && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => setEditing(true)}
            >
              Sửa
            </Button>
          )}
          {can("directory.deletePerson") && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() =>
                confirmAction({
                  title: "Xóa cá nhân?",
                  message: `Xóa “${p.fullName}” cùng quá trình công tác, xếp loại và kỷ luật của người này.`,
                  confirmLabel: "Xóa",
                  onConfirm: () => remove.mutate({ id }),
                })
              }
            >
              Xóa
            </Button>
          )}
        </Group>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={4}>
          <Info label="Giới tính" value={genderLabels[p.gender]} />
          <Info
            label="Ngày sinh"
            value={p.birthDate ? formatDate(p.birthDate) : p.birthYear ? `Năm ${p.birthYear}` : ""}
          />
          <Info label="Đối tượng" value={categoryLabel.get(p.category) ?? p.category} />
          <Info label="Chức vụ" value={p.position} />
          <Info label="Đơn vị" value={p.unitName} />
          <Info label="Quê quán" value={p.hometown} />
          <Info label="Trú quán" value={p.residence} />
          <Info label="Trình độ chuyên môn, nghiệp vụ" value={p.education} />
          <Info label="Điện thoại" value={p.phone} />
          <Info label="Ghi chú" value={p.notes} />
        </SimpleGrid>
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={4} mb="xs">
            Quá trình công tác
          </Title>
          <Table aria-label="Quá trình công tác">
            <Table.Tbody>
              {history.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td w={190}>
                    {formatDate(h.fromDate)} – {h.toDate ? formatDate(h.toDate) : "nay"}
                  </Table.Td>
                  <Table.Td>
                    {h.unitName}
                    {h.position && (
                      <Text span c="dimmed" size="sm">
                        {" "}
                        ({h.position})
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {history.length === 0 && (
            <Text c="dimmed" size="sm">
              Chưa có.
            </Text>
          )}
        </Card>
        <Card withBorder>
          <Title order={4} mb="xs">
            Đánh giá, xếp loại
          </Title>
          <Table aria-label="Xếp loại theo năm">
            <Table.Tbody>
              {ratings.map((r) => (
                <Table.Tr key={r.year}>
                  <Table.Td w={80}>{r.year}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={r.rating === "kht" ? "red" : r.rating === "htxs" ? "teal" : "blue"}
                      variant="light"
                    >
                      {ratingLabels[r.rating]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{r.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {ratings.length === 0 && (
            <Text c="dimmed" size="sm">
              Chưa có.
            </Text>
          )}
        </Card>
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={4}>Kỷ luật</Title>
            {can("directory.addDiscipline") && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() => setDiscipline(true)}
              >
                Ghi kỷ luật
              </Button>
            )}
          </Group>
          {disciplines.map((d) => (
            <Group key={d.id} justify="space-between" wrap="nowrap">
              <Text size="sm">
                <b>{disciplineMeasures[d.measure]}</b>{" "}
                {d.decisionNumber && `(QĐ ${d.decisionNumber})`} ngày {formatDate(d.decidedOn)}
                {d.until ? `, tính đến ${formatDate(d.until)}` : ", còn hiệu lực/đang xem xét"}
              </Text>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                aria-label="Xóa kỷ luật"
                onClick={() =>
                  confirmAction({
                    title: "Xóa ghi nhận kỷ luật?",
                    message: "Chỉ xóa khi ghi nhầm.",
                    confirmLabel: "Xóa",
                    onConfirm: () => removeDiscipline.mutate({ id: d.id }),
                  })
                }
              >
                Xóa
              </Button>
            </Group>
          ))}
          {disciplines.length === 0 && (
            <Text c="dimmed" size="sm">
              Không có.
            </Text>
          )}
        </Card>
        <Card withBorder>
          <Title order={4} mb="xs">
            Sáng kiến, đề tài
          </Title>
          {initiatives.map((i) => (
            <Text key={i.id} size="sm">
              {i.year} – {i.title} ({initiativeLevels[i.level]}
              {i.decisionNumber && `, QĐ ${i.decisionNumber}`})
            </Text>
          ))}
          {initiatives.length === 0 && (
            <Text c="dimmed" size="sm">
              Chưa có.
            </Text>
          )}
        </Card>
      </SimpleGrid>
      <PersonAwardsCard personId={id} />
      <RecordHistory recordId={id} />
      {editing && <PersonModal person={p} onClose={() => setEditing(false)} />}
      {discipline && <DisciplineModal personId={id} onClose={() => setDiscipline(false)} />}
    </Stack>
  );
}
