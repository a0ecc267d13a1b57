import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Container,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Stepper,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { confirmError, NewPasswordFields } from "../auth/NewPasswordFields";
import { useForm } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { ApiError, call } from "../../api/client";
import { notifyError, useApiMutation } from "../../api/hooks";
import { setSignedInSession } from "../../api/transport";
import { NEW_RECOVERY_CODE_KEY } from "../auth/SignInScreen";
import {
  councilMemberInput,
  firstAdminInput,
  profileSchema,
  signerInput,
  type Profile,
  type SignerInput,
} from "../../../electron/contract";
import { showServerErrors, withoutKeys, zodValidate } from "../../components/form-utils";
import { councilRoleLabels, toOptions } from "../settings/labels";
import { ProfileFields } from "../settings/ProfileFields";
import { emptySigner, SignerFields } from "../settings/SignerFields";

type PresetKey = "phong_noi_vu_huyen" | "phong_vhxh_xa" | "don_vi_co_so" | "tuy_chinh";
interface MemberRow {
  fullName: string;
  position: string;
  role: "chu_tich" | "pho_chu_tich" | "uy_vien_thuong_truc" | "uy_vien" | "thu_ky";
}

const blankProfile: Profile = {
  preset: "phong_noi_vu_huyen",
  level: "huyen",
  parentBody: "",
  issuingBody: "",
  abbreviation: "",
  parentAbbreviation: "UBND",
  placeName: "",
  councilName: "",
  councilAbbreviation: "HĐTĐKT",
};

function issuesOf(
  schema: {
    safeParse(v: unknown): {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  value: unknown,
) {
  const r = schema.safeParse(value);
  const out: Record<string, string> = {};
  if (!r.success) for (const i of r.error!.issues) out[i.path.join(".")] ??= i.message;
  return out;
}

/** First run: the issuing body, its signers and its council, in three steps. */
export function SetupWizard() {
  const [step, setStep] = useState(0);
  const [preset, setPreset] = useState<PresetKey>("phong_noi_vu_huyen");
  const [place, setPlace] = useState("");
  const applied = useRef<Partial<Profile>>({});
  const form = useForm<Profile>({
    mode: "controlled",
    initialValues: blankProfile,
    validate: zodValidate(profileSchema),
  });
  const [signers, setSigners] = useState<SignerInput[]>([{ ...emptySigner, isDefault: true }]);
  const [signerErrors, setSignerErrors] = useState<Record<string, string>[]>([]);
  const [members, setMembers] = useState<MemberRow[]>([]);
  const [memberErrors, setMemberErrors] = useState<Record<string, string>[]>([]);
  // The administrator: made before the setup is saved (so that its session saves it), once.
  const [admin, setAdmin] = useState({
    create: true,
    fullName: "",
    username: "",
    password: "",
    confirm: "",
  });
  const [adminErrors, setAdminErrors] = useState<Record<string, string>>({});
  const adminMade = useRef(false);
  const finish = useApiMutation("settings.completeSetup", {
    success: "Đã lưu thông tin cơ quan. Chào mừng bạn!",
    onError: (e) => {
      showServerErrors(form, e);
      setStep(0);
    },
  });

  // Fill the profile from the chosen preset, keeping whatever the officer already changed by hand.
  useEffect(() => {
    if (preset === "tuy_chinh") {
      form.setFieldValue("preset", "tuy_chinh");
      return;
    }
    let cancelled = false;
    void call("settings.presets", { placeName: place }).then((presets) => {
      const chosen = presets.find((p) => p.key === preset);
      if (!chosen || cancelled) return;
      const current = form.getValues();
      const next = { ...current };
      for (const [k, v] of Object.entries(chosen.profile) as [keyof Profile, string][]) {
        if (
          current[k] === "" ||
          current[k] === applied.current[k] ||
          k === "preset" ||
          k === "placeName"
        )
          (next as Record<string, string>)[k] = v;
      }
      applied.current = chosen.profile;
      form.setValues(next);
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form object is stable
  }, [preset, place]);

  const next = () => {
    if (step === 0 && form.validate().hasErrors) return;
    if (step === 1) {
      const errs = signers.map((s) => issuesOf(signerInput, s));
      setSignerErrors(errs);
      if (errs.some((e) => Object.keys(e).length)) return;
    }
    if (step === 2) {
      const errs = members.map((m) => issuesOf(councilMemberInput, m));
      setMemberErrors(errs);
      if (errs.some((e) => Object.keys(e).length)) return;
    }
    if (step === 3) return void saveAll();
    setStep((s) => s + 1);
  };

  const saveAll = async () => {
    if (admin.create && !adminMade.current) {
      const errs = issuesOf(firstAdminInput, admin);
      const confirm = confirmError(admin);
      if (confirm) errs.confirm ??= confirm;
      setAdminErrors(errs);
      if (Object.keys(errs).length) return;
      try {
        const made = await call("auth.createFirstAdmin", {
          fullName: admin.fullName,
          username: admin.username,
          password: admin.password,
        });
        adminMade.current = true;
        setSignedInSession(made.session);
        // Shown by the app once it has taken over (the wizard goes away with the setup).
        sessionStorage.setItem(NEW_RECOVERY_CODE_KEY, made.recoveryCode);
      } catch (e) {
        notifyError(e);
        if (e instanceof ApiError) setAdminErrors(e.fields);
        return;
      }
    }
    finish.mutate({
      profile: form.getValues(),
      signers,
      councilMembers: members.map((m) => ({ ...m, active: true })),
    });
  };

  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1} c="red.9">
            Thi đua – Khen thưởng
          </Title>
          <Text c="dimmed">
            Thiết lập lần đầu: thông tin này được in lên mọi văn bản; có thể sửa lại trong phần Cài
            đặt.
          </Text>
        </div>
        <Stepper
          active={step}
          onStepClick={(s) => s < step && setStep(s)}
          allowNextStepsSelect={false}
        >
          <Stepper.Step label="Cơ quan ban hành" description="Tên, viết tắt, địa danh">
            <Stack mt="md">
              <SegmentedControl
                value={preset}
                onChange={(v) => setPreset(v as PresetKey)}
                data={[
                  { value: "phong_noi_vu_huyen", label: "Phòng Nội vụ – UBND huyện" },
                  { value: "phong_vhxh_xa", label: "Phòng Văn hóa – Xã hội – UBND xã" },
                  { value: "don_vi_co_so", label: "Đơn vị cơ sở" },
                  { value: "tuy_chinh", label: "Tự nhập" },
                ]}
              />
              <TextInput
                label="Tên địa phương"
                description="Ví dụ: Vĩnh Cửu — các ô bên dưới được điền theo mẫu, có thể sửa"
                value={place}
                onChange={(e) => {
                  setPlace(e.currentTarget.value);
                }}
                data-autofocus
              />
              <ProfileFields form={form} />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Người ký" description="Ít nhất một người">
            <Stack mt="md">
              {signers.map((s, i) => (
                <Card withBorder key={i}>
                  <Group justify="space-between" mb="xs">
                    <Text fw={600}>Người ký {i + 1}</Text>
                    {signers.length > 1 && (
                      <ActionIcon
                        color="red"
                        variant="subtle"
                        aria-label={`Bỏ người ký ${i + 1}`}
                        onClick={() => setSigners(signers.filter((_, j) => j !== i))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Group>
                  <SignerFields
                    value={s}
                    errors={signerErrors[i] ?? {}}
                    onChange={(patch) => {
                      setSigners(
                        signers.map((x, j) =>
                          j === i
                            ? { ...x, ...patch }
                            : patch.isDefault
                              ? { ...x, isDefault: false }
                              : x,
                        ),
                      );
                      setSignerErrors(
                        signerErrors.map((e, j) => (j === i ? withoutKeys(e, patch) : e)),
                      );
                    }}
                  />
                </Card>
              ))}
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                w="fit-content"
                onClick={() => setSigners([...signers, { ...emptySigner }])}
              >
                Thêm người ký
              </Button>
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Hội đồng TĐKT" description="Có thể bổ sung sau">
            <Stack mt="md">
              {members.length === 0 && (
                <Alert color="gray">
                  Chưa có thành viên. Có thể thêm ngay hoặc bổ sung sau trong Cài đặt.
                </Alert>
              )}
              {members.length > 0 && (
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Họ và tên</Table.Th>
                      <Table.Th>Chức vụ, đơn vị</Table.Th>
                      <Table.Th>Vai trò trong Hội đồng</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {members.map((m, i) => {
                      const set = (patch: Partial<MemberRow>) => {
                        setMembers(members.map((x, j) => (j === i ? { ...x, ...patch } : x)));
                        setMemberErrors(
                          memberErrors.map((e, j) => (j === i ? withoutKeys(e, patch) : e)),
                        );
                      };
                      return (
                        <Table.Tr key={i}>
                          <Table.Td>
                            <TextInput
                              aria-label={`Họ tên thành viên ${i + 1}`}
                              value={m.fullName}
                              error={memberErrors[i]?.fullName}
                              onChange={(e) => set({ fullName: e.currentTarget.value })}
                            />
                          </Table.Td>
                          <Table.Td>
                            <TextInput
                              aria-label={`Chức vụ thành viên ${i + 1}`}
                              value={m.position}
                              onChange={(e) => set({ position: e.currentTarget.value })}
                            />
                          </Table.Td>
                          <Table.Td>
                            <Select
                              aria-label={`Vai trò thành viên ${i + 1}`}
                              data={toOptions(councilRoleLabels)}
                              value={m.role}
                              allowDeselect={false}
                              onChange={(v) => v && set({ role: v as MemberRow["role"] })}
                            />
                          </Table.Td>
                          <Table.Td>
                            <ActionIcon
                              color="red"
                              variant="subtle"
                              aria-label={`Bỏ thành viên ${i + 1}`}
                              onClick={() => setMembers(members.filter((_, j) => j !== i))}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              )}
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                w="fit-content"
                onClick={() =>
                  setMembers([
                    ...members,
                    {
                      fullName: "",
                      position: "",
                      role: members.length === 0 ? "chu_tich" : "uy_vien",
                    },
                  ])
                }
              >
                Thêm thành viên
              </Button>
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Tài khoản quản trị" description="Người quản lý ứng dụng">
            <Stack mt="md" maw={480}>
              <Checkbox
                label="Tạo tài khoản quản trị ngay (khuyên dùng: mỗi người đăng nhập, mọi việc ghi tên người làm)"
                checked={admin.create}
                onChange={(e) => setAdmin({ ...admin, create: e.currentTarget.checked })}
              />
              {admin.create ? (
                <>
                  {(
                    [
                      ["fullName", "Họ và tên", "name"],
                      ["username", "Tên đăng nhập", "username"],
                    ] as const
                  ).map(([k, label, auto]) => (
                    <TextInput
                      key={k}
                      label={label}
                      withAsterisk
                      autoComplete={auto}
                      value={admin[k]}
                      error={adminErrors[k]}
                      onChange={(e) => {
                        setAdmin({ ...admin, [k]: e.currentTarget.value });
                        setAdminErrors(withoutKeys(adminErrors, { [k]: "" }));
                      }}
                    />
                  ))}
                  <NewPasswordFields
                    value={admin}
                    errors={adminErrors}
                    onChange={(k, text) => {
                      setAdmin({ ...admin, [k]: text });
                      setAdminErrors(withoutKeys(adminErrors, { [k]: "" }));
                    }}
                  />
                  <Text size="sm" c="dimmed">
                    Sau khi hoàn tất, ứng dụng hiện một mã khôi phục để đặt lại mật khẩu khi quên.
                  </Text>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  Không có tài khoản thì ai mở ứng dụng trên máy này cũng dùng được mọi chức năng.
                  Có thể tạo sau bằng nút “Tạo tài khoản quản trị” ở đầu trang.
                </Text>
              )}
            </Stack>
          </Stepper.Step>
        </Stepper>
        <Paper>
          <Group justify="space-between">
            <Button variant="default" disabled={step === 0} onClick={() => setStep((s) => s - 1)}>
              Quay lại
            </Button>
            <Button onClick={next} loading={finish.isPending}>
              {step === 3 ? "Hoàn tất thiết lập" : "Tiếp tục"}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </Container>
  );
}
