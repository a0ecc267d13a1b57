import {
  Button,
  Checkbox,
  Group,
  Menu,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconChevronDown } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import type { ScoreTableDetail } from "../../../electron/contract";
import { offerDownload } from "../../api/files";
import { useApiMutation } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { FormActions } from "../../components/FormActions";
import { showServerErrors } from "../../components/form-utils";
import { todayIso } from "../../lib/today";
import { useUnits } from "../directory/shared";

const rankNames = ["Nhất", "Nhì", "Ba", "Tư", "Năm"];
const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The pact is signed at the start of the year: only its date is asked. */
function PactModal({ d, onClose }: { d: ScoreTableDetail; onClose: () => void }) {
  const [docDate, setDocDate] = useState<string | null>(todayIso());
  const pact = useApiMutation("scoring.exportPact", {
    success: "Đã tạo bản giao ước thi đua",
    onSuccess: (r) => {
      void offerDownload(r.path);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title="Bản giao ước thi đua">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (docDate) pact.mutate({ id: d.table.id, docDate });
        }}
      >
        <Stack>
          <Text size="sm">
            Giao ước của {d.members.length} đơn vị thành viên {d.table.clusterName} năm{" "}
            {d.table.year} với bảng tiêu chí, điểm cộng, điểm trừ và ô ký của từng đơn vị.
          </Text>
          <DateField label="Ngày ký giao ước" withAsterisk value={docDate} onChange={setDocDate} />
          <FormActions onCancel={onClose} saving={pact.isPending} submitLabel="Tạo bản giao ước" />
        </Stack>
      </form>
    </Modal>
  );
}

interface MinutesForm {
  docDate: string | null;
  startTime: string;
  endTime: string;
  place: string;
  chair: string;
  chairPosition: string;
  secretary: string;
  secretaryPosition: string;
  presentUnitIds: string[];
  otherParticipants: string;
  proposals: string[];
}

/** "Chủ tịch UBND xã Thạnh Phú": the leader unit's head as the minutes name the chair. */
const leaderPosition = (u: { headPosition: string; name: string } | undefined) =>
  u ? [u.headPosition, u.name].filter(Boolean).join(" ") : "";

function MinutesModal({ d, onClose }: { d: ScoreTableDetail; onClose: () => void }) {
  const navigate = useNavigate();
  const ranks = Math.max(d.table.prizes.length, 1);
  // The cluster's leader chairs its meeting: its head, from the directory, until the officer types.
  const { byId } = useUnits();
  const leader = byId.get(d.members.find((m) => m.role === "truong")?.unitId ?? "");
  const form = useForm<MinutesForm>({
    mode: "controlled",
    initialValues: {
      docDate: todayIso(),
      startTime: "08:00",
      endTime: "10:00",
      place: "",
      chair: leader?.headName ?? "",
      chairPosition: leaderPosition(leader),
      secretary: "",
      secretaryPosition: "",
      presentUnitIds: d.members.map((m) => m.unitId),
      otherParticipants: "",
      proposals: Array.from({ length: ranks }, () => ""),
    },
    validate: {
      docDate: (v) => (v ? null : "Chọn ngày họp"),
      startTime: (v) =>
        clockPattern.test(v) ? null : "Giờ bắt đầu phải có dạng giờ:phút, ví dụ 08:00",
      endTime: (v, all) =>
        !clockPattern.test(v)
          ? "Giờ kết thúc phải có dạng giờ:phút, ví dụ 08:00"
          : v <= all.startTime
            ? "Giờ kết thúc phải sau giờ bắt đầu"
            : null,
      place: (v) => (v.trim() ? null : "Địa điểm không được để trống"),
      chair: (v) => (v.trim() ? null : "Người chủ trì không được để trống"),
      secretary: (v) => (v.trim() ? null : "Thư ký không được để trống"),
      presentUnitIds: (v) => (v.length ? null : "Chọn ít nhất một đơn vị có mặt"),
    },
  });
  // The directory may arrive after the form opened: fill the chair then, unless already typed.
  useEffect(() => {
    if (leader && !form.isTouched("chair") && !form.values.chair) {
      form.setFieldValue("chair", leader.headName);
      form.setFieldValue("chairPosition", leaderPosition(leader));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [leader]);
  const generate = useApiMutation("scoring.generateMinutes", {
    success: "Đã tạo bản dự thảo Biên bản chấm điểm, xếp hạng trong sổ văn bản",
    onSuccess: () => navigate("/van-ban/so"),
    onError: (e) => showServerErrors(form, e),
  });
  const unranked = d.results.filter((r) => r.rank === 0);
  return (
    <Modal opened onClose={onClose} title="Biên bản chấm điểm, xếp hạng" size="xl">
      <form
        onSubmit={form.onSubmit((v) =>
          generate.mutate({
            ...v,
            tableId: d.table.id,
            docDate: v.docDate!,
            otherParticipants: v.otherParticipants
              .split("\n")
              .map((l) => l.trim())
              .filter(Boolean),
          }),
        )}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label="Ngày họp" withAsterisk {...form.getInputProps("docDate")} />
            <TextInput
              label="Bắt đầu (giờ:phút)"
              placeholder="08:00"
              {...form.getInputProps("startTime")}
            />
            <TextInput
              label="Kết thúc (giờ:phút)"
              placeholder="10:00"
              {...form.getInputProps("endTime")}
            />
          </SimpleGrid>
          <TextInput label="Địa điểm" withAsterisk {...form.getInputProps("place")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Chủ trì (họ tên)" withAsterisk {...form.getInputProps("chair")} />
            <TextInput label="Chức vụ người chủ trì" {...form.getInputProps("chairPosition")} />
            <TextInput label="Thư ký (họ tên)" withAsterisk {...form.getInputProps("secretary")} />
            <TextInput label="Chức vụ thư ký" {...form.getInputProps("secretaryPosition")} />
          </SimpleGrid>
          <Checkbox.Group
            label="Đơn vị thành viên có mặt"
            {...form.getInputProps("presentUnitIds")}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
              {d.members.map((m) => (
                <Checkbox key={m.unitId} value={m.unitId} label={m.unitName} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            label="Thành phần khác (mỗi dòng một người hoặc cơ quan)"
            placeholder="Đại diện Phòng Nội vụ huyện"
            autosize
            minRows={2}
            {...form.getInputProps("otherParticipants")}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {form.values.proposals.map((_, i) => (
              <TextInput
                key={i}
                label={`Đề nghị khen thưởng hạng ${rankNames[i] ?? i + 1}`}
                placeholder="Bằng khen của Chủ tịch UBND tỉnh"
                {...form.getInputProps(`proposals.${i}`)}
              />
            ))}
          </SimpleGrid>
          {unranked.length > 0 && (
            <Text size="sm" c="orange">
              Chưa đủ điểm, sẽ ghi trong biên bản là chưa xếp hạng:{" "}
              {unranked.map((r) => r.unitName).join("; ")}.
            </Text>
          )}
          <FormActions
            onCancel={onClose}
            saving={generate.isPending}
            submitLabel="Tạo bản dự thảo biên bản"
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** The documents of a score table: pact, minutes, ranking table (.docx, .xlsx). */
export function ScoringDocuments({ d }: { d: ScoreTableDetail }) {
  const [open, setOpen] = useState<"pact" | "minutes" | null>(null);
  const ranking = useApiMutation("scoring.exportRanking", {
    success: "Đã xuất bảng xếp hạng",
    onSuccess: (r) => void offerDownload(r.path),
  });
  const blocked = d.problems.length > 0 || d.members.length === 0;
  const why = d.problems.length
    ? "Bảng tiêu chí chưa hợp lệ"
    : d.members.length === 0
      ? "Cụm, khối chưa có đơn vị thành viên năm này"
      : undefined;
  return (
    <>
      <Group gap="xs">
        <Button variant="default" disabled={blocked} title={why} onClick={() => setOpen("pact")}>
          Bản giao ước
        </Button>
        <Button variant="default" disabled={blocked} title={why} onClick={() => setOpen("minutes")}>
          Biên bản chấm điểm
        </Button>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button
              variant="default"
              disabled={blocked}
              title={why}
              loading={ranking.isPending}
              rightSection={<IconChevronDown size={14} />}
            >
              Xuất bảng xếp hạng
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => ranking.mutate({ id: d.table.id, format: "docx" })}>
              Word (.docx)
            </Menu.Item>
            <Menu.Item onClick={() => ranking.mutate({ id: d.table.id, format: "xlsx" })}>
              Excel (.xlsx)
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {open === "pact" && <PactModal d={d} onClose={() => setOpen(null)} />}
      {open === "minutes" && <MinutesModal d={d} onClose={() => setOpen(null)} />}
    </>
  );
}
