import { Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate } from "react-router";
import {
  meetingInput,
  meetingKindLabels,
  meetingKinds,
  type MeetingDetail,
  type MeetingInput,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { FormActions } from "../../components/FormActions";
import { showServerErrors, zodValidate } from "../../components/form-utils";
import { todayIso } from "../../lib/today";
import { councilRoleLabels } from "../settings/labels";

interface FormValues {
  year: number;
  kind: MeetingInput["kind"];
  meetingDate: string | null;
  startTime: string;
  endTime: string;
  place: string;
  chairMemberId: string;
  secretaryMemberId: string;
  note: string;
}

/** New meeting (the council members come from the settings) or the fields of an existing one. */
export function MeetingFormModal({
  year,
  existing,
  onClose,
}: {
  year: number;
  existing?: MeetingDetail;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const council = useApiQuery("settings.listCouncil", {});
  const people = existing
    ? existing.attendance.map((a) => ({ id: a.memberId, fullName: a.fullName, role: a.role }))
    : (council.data ?? []).filter((m) => m.active);
  const chairDefault = people.find((m) => m.role === "chu_tich")?.id ?? "";
  const secretaryDefault = people.find((m) => m.role === "thu_ky")?.id ?? "";
  const m = existing?.meeting;
  const form = useForm<FormValues>({
    mode: "controlled",
    initialValues: {
      year: m?.year ?? year,
      kind: m?.kind ?? "xet_khen_thuong",
      meetingDate: m?.meetingDate ?? todayIso(),
      startTime: m?.startTime ?? "08:00",
      endTime: m?.endTime ?? "",
      place: m?.place ?? "",
      chairMemberId: m?.chairMemberId ?? "",
      secretaryMemberId: m?.secretaryMemberId ?? "",
      note: m?.note ?? "",
    },
    validate: (v) =>
      zodValidate(meetingInput)({
        ...v,
        meetingDate: v.meetingDate ?? "",
        chairMemberId: v.chairMemberId || chairDefault,
        secretaryMemberId: v.secretaryMemberId || secretaryDefault,
      }),
  });
  const save = useApiMutation("meetings.save", {
    success: existing ? "Đã lưu phiên họp" : "Đã tạo phiên họp",
    onSuccess: (s) => {
      onClose();
      if (!existing) void navigate(`/hop-hoi-dong/${s.id}`);
    },
    onError: (e) => showServerErrors(form, e),
  });
  const applied = m?.state === "da_ap_dung";
  const memberOptions = people.map((p) => ({
    value: p.id,
    label: `${p.fullName} (${councilRoleLabels[p.role as keyof typeof councilRoleLabels] ?? p.role})`,
  }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={existing ? "Sửa thông tin phiên họp" : "Phiên họp Hội đồng mới"}
      size="lg"
    >
      <form
        onSubmit={form.onSubmit((v) =>
          save.mutate({
            ...v,
            ...(existing ? { id: existing.meeting.id } : {}),
            meetingDate: v.meetingDate ?? "",
            chairMemberId: v.chairMemberId || chairDefault,
            secretaryMemberId: v.secretaryMemberId || secretaryDefault,
          }),
        )}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <Select
              label="Loại phiên họp"
              withAsterisk
              disabled={applied}
              data={meetingKinds.map((k) => ({ value: k, label: meetingKindLabels[k] }))}
              allowDeselect={false}
              {...form.getInputProps("kind")}
            />
            <TextInput
              label="Năm xét khen thưởng"
              withAsterisk
              disabled={applied}
              inputMode="numeric"
              value={String(form.values.year)}
              onChange={(e) => form.setFieldValue("year", Number(e.currentTarget.value) || 0)}
              error={form.errors.year}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <DateField label="Ngày họp" withAsterisk {...form.getInputProps("meetingDate")} />
            <TextInput
              label="Giờ bắt đầu"
              withAsterisk
              placeholder="08:00"
              {...form.getInputProps("startTime")}
            />
            <TextInput
              label="Giờ kết thúc"
              placeholder="10:30"
              {...form.getInputProps("endTime")}
            />
          </SimpleGrid>
          <TextInput label="Địa điểm" withAsterisk {...form.getInputProps("place")} />
          <SimpleGrid cols={2}>
            <Select
              label="Chủ tọa"
              withAsterisk
              disabled={applied}
              data={memberOptions}
              value={form.values.chairMemberId || chairDefault || null}
              onChange={(v) => form.setFieldValue("chairMemberId", v ?? "")}
              error={form.errors.chairMemberId}
              nothingFoundMessage="Chưa có thành viên Hội đồng (thêm trong Cài đặt)"
            />
            <Select
              label="Thư ký"
              withAsterisk
              disabled={applied}
              data={memberOptions}
              value={form.values.secretaryMemberId || secretaryDefault || null}
              onChange={(v) => form.setFieldValue("secretaryMemberId", v ?? "")}
              error={form.errors.secretaryMemberId}
            />
          </SimpleGrid>
          <Textarea
            label="Nội dung, ghi chú (in vào phần Nội dung cuộc họp của biên bản)"
            autosize
            minRows={2}
            {...form.getInputProps("note")}
          />
          <FormActions
            onCancel={onClose}
            saving={save.isPending}
            submitLabel={existing ? "Lưu" : "Tạo phiên họp"}
          />
        </Stack>
      </form>
    </Modal>
  );
}
