import { Button, Group, Loader, Paper } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect } from "react";
import { profileSchema, type Profile } from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { PageHeader } from "../../components/PageHeader";
import { showServerErrors, zodValidate } from "../../components/form-utils";
import { ProfileFields } from "./ProfileFields";

export function ProfilePage() {
  const profile = useApiQuery("settings.getProfile", {});
  const form = useForm<Profile>({ mode: "controlled", validate: zodValidate(profileSchema) });
  useUnsavedChangesGuard(form.isDirty());
  const save = useApiMutation("settings.saveProfile", {
    success: "Đã lưu thông tin cơ quan ban hành",
    onError: (e) => showServerErrors(form, e),
  });

  useEffect(() => {
    if (profile.data) {
      form.setValues(profile.data);
      form.resetDirty(profile.data);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form object is stable
  }, [profile.data]);

  return (
    <>
      <PageHeader
        title="Cơ quan ban hành"
        description="Tên cơ quan, chữ viết tắt và địa danh được in ở đầu mọi văn bản và trong số, ký hiệu."
      />
      {profile.isPending ? (
        <Loader />
      ) : (
        <Paper
          withBorder
          p="lg"
          component="form"
          onSubmit={form.onSubmit((values) => save.mutate(values))}
        >
          <ProfileFields form={form} />
          <Group justify="flex-end" mt="lg">
            <Button
              variant="default"
              disabled={!form.isDirty()}
              onClick={() => profile.data && form.setValues(profile.data)}
            >
              Hoàn tác thay đổi
            </Button>
            <Button type="submit" loading={save.isPending}>
              Lưu
            </Button>
          </Group>
        </Paper>
      )}
    </>
  );
}
