import { Alert, Button, Checkbox, Code, Group, Paper, Progress, Stack, Text } from "@mantine/core";
import { IconFileImport } from "@tabler/icons-react";
import { useState } from "react";
import type { ImportReportOutput, OutputOf } from "../../../electron/contract";
import { offerDownload, pickFile } from "../../api/files";
import { call } from "../../api/client";
import { notifyError, useApiMutation } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { formatDateTime } from "../../lib/format";
import { ImportReportView } from "./ImportReportView";

type Opened = OutputOf<"exchange.open">;

/** Nhận dữ liệu: choose a package, read its dry-run report, settle conflicts, commit. */
export function ReceivePanel() {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [takeTheirs, setTakeTheirs] = useState<string[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const open = useApiMutation("exchange.open", {
    onSuccess: (o) => {
      setOpened(o);
      setTakeTheirs([]);
      setConfirmed(false);
    },
  });
  const commit = useApiMutation("exchange.commit", {
    success: "Đã nhập gói dữ liệu",
    onSuccess: () => setOpened(null),
  });
  const receipt = useApiMutation("exchange.receipt", {
    onSuccess: (r) => void offerDownload(r.path, "reveal", r.fileName).catch(notifyError),
  });
  const choose = async () => {
    setChoosing(true);
    try {
      const file = await pickFile({ accept: [".tdkt"], title: "Chọn gói dữ liệu (.tdkt)" });
      if (file) {
        setChosen(file.path);
        open.mutate({ path: file.path });
      }
    } catch (e) {
      notifyError(e);
    } finally {
      setChoosing(false);
    }
  };
  const plan = opened?.kind === "plan" ? opened : null;
  const report: ImportReportOutput | null = plan?.report ?? null;
  const settled = commit.data;
  const blocked = report ? report.refused.length > 0 || (report.firstContact && !confirmed) : true;
  return (
    <Stack maw={1000}>
      <Group>
        <Button
          leftSection={<IconFileImport size={16} />}
          loading={choosing || open.isPending}
          onClick={() => void choose()}
        >
          Chọn tệp gói dữ liệu…
        </Button>
        <Text size="sm" c="dimmed">
          Gói được chép vào thư mục dữ liệu, kiểm tra chữ ký và từng tệp, rồi chạy thử: chưa có gì
          thay đổi cho đến khi bấm “Nhập vào dữ liệu”.
        </Text>
      </Group>
      {open.isPending && <Progress value={100} animated striped aria-label="Đang kiểm tra gói" />}
      {opened?.kind === "key_changed" && (
        <Alert
          color="red"
          title={`Khóa của ${opened.unitName} đã thay đổi`}
          data-testid="key-changed"
        >
          <Text size="sm">
            Gói này được ký bằng khóa khác với khóa đã xác nhận trước đây của {opened.unitName} (mã{" "}
            {opened.unitCode}). Có thể máy của đơn vị đã được cài lại; cũng có thể gói không do đơn
            vị tạo ra. Hãy gọi điện cho đơn vị và đối chiếu mã nhận dạng mới trước khi nhận.
          </Text>
          <Text size="sm" mt="xs">
            Mã đã xác nhận trước đây: <Code>{opened.pinned}</Code>
          </Text>
          <Text size="sm">
            Mã trong gói này: <Code>{opened.now}</Code>
          </Text>
          <Group mt="sm">
            <Button
              color="red"
              variant="light"
              loading={open.isPending}
              onClick={() => chosen && open.mutate({ path: chosen, acceptNewKey: true })}
            >
              Đã đối chiếu mã mới — mở gói
            </Button>
            <Button variant="default" onClick={() => setOpened(null)}>
              Không nhận
            </Button>
          </Group>
        </Alert>
      )}
      {opened?.kind === "already" && (
        <Alert color="blue" title="Gói này đã được nhận trước đây" data-testid="already-imported">
          <Text size="sm">
            Đã nhận lúc {formatDateTime(opened.importedAt)}. Nhận lại không thay đổi gì; dưới đây là
            báo cáo của lần nhận đó.
          </Text>
          {opened.report && (
            <Paper p="sm" mt="sm" withBorder>
              <ImportReportView report={opened.report} takeTheirs={opened.report.takenTheirs} />
            </Paper>
          )}
        </Alert>
      )}
      {report && plan && (
        <Paper withBorder p="md">
          <Stack>
            <ImportReportView
              report={report}
              takeTheirs={takeTheirs}
              onChoose={(key, theirs) =>
                setTakeTheirs((cur) => (theirs ? [...cur, key] : cur.filter((k) => k !== key)))
              }
            />
            {report.purpose === "toan_bo" && (
              <Alert color="red" title="Gói sao chép toàn bộ dữ liệu sang máy mới">
                <Text size="sm">
                  Nhập gói này sẽ thay toàn bộ dữ liệu ở máy này bằng dữ liệu của{" "}
                  {report.sender.unitName} (tạo lúc {formatDateTime(report.createdAt)}), kể cả định
                  danh và mã nhận dạng của máy cũ. Dữ liệu hiện có ở máy này được sao lưu trước khi
                  thay và có thể khôi phục trong Cài đặt → Sao lưu, khôi phục.
                </Text>
              </Alert>
            )}
            {report.firstContact && (
              <Alert color="yellow" title="Lần đầu nhận gói từ đơn vị này">
                <Text size="sm">
                  Hãy gọi điện cho {report.sender.unitName} và đối chiếu mã nhận dạng của máy gửi:
                </Text>
                <Code fz="lg" block my="xs" data-testid="sender-fingerprint">
                  {report.sender.fingerprint}
                </Code>
                <Checkbox
                  label="Tôi đã đối chiếu, mã nhận dạng trùng khớp"
                  checked={confirmed}
                  onChange={(e) => setConfirmed(e.currentTarget.checked)}
                />
              </Alert>
            )}
            {report.refused.length > 0 && (
              <Text size="sm" c="red.8">
                Gói có bản ghi không nhận được nên chưa nhập được gì (nhập tất cả hoặc không nhập).
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(null)}>
                Bỏ qua gói này
              </Button>
              <Button
                loading={commit.isPending}
                disabled={blocked}
                onClick={() => {
                  const run = () =>
                    commit.mutate({ token: plan.token, takeTheirs, confirmKey: confirmed });
                  if (report.purpose !== "toan_bo") return run();
                  confirmAction({
                    title: "Thay toàn bộ dữ liệu ở máy này?",
                    message:
                      "Dữ liệu hiện có được sao lưu trước, rồi thay bằng dữ liệu trong gói. Máy này sẽ mang định danh của máy cũ.",
                    confirmLabel: "Thay toàn bộ dữ liệu",
                    onConfirm: run,
                  });
                }}
              >
                {report.receiptFor
                  ? "Ghi nhận biên nhận"
                  : report.purpose === "toan_bo"
                    ? "Thay toàn bộ dữ liệu"
                    : "Nhập vào dữ liệu"}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {settled && !opened && (
        <Alert color="teal" title="Đã nhập xong" data-testid="import-done">
          <Text size="sm">
            Đã sao lưu trước khi nhập (<Code>{settled.backup}</Code>).
            {settled.receiptFor
              ? " Gói tương ứng trong danh sách Đã gửi được đánh dấu đã có biên nhận."
              : settled.purpose === "toan_bo"
                ? " Máy này nay mang toàn bộ dữ liệu và định danh của máy cũ; đừng dùng máy cũ để gửi gói nữa."
                : " Có thể lập biên nhận để gửi lại cho đơn vị gửi."}
          </Text>
          {settled.papers.length > 0 && (
            <Stack gap={2} mt="xs">
              <Text size="sm" fw={500}>
                Giấy tờ kèm theo gói:
              </Text>
              {settled.papers.map((p) => (
                <Button
                  key={p.path}
                  size="compact-xs"
                  variant="subtle"
                  justify="flex-start"
                  onClick={() => void offerDownload(p.path, "open", p.name).catch(notifyError)}
                >
                  {p.name}
                </Button>
              ))}
            </Stack>
          )}
          {!settled.receiptFor && settled.purpose !== "toan_bo" && (
            <Button
              size="xs"
              mt="xs"
              variant="light"
              loading={receipt.isPending}
              onClick={() => receipt.mutate({ packageId: settled.packageId })}
            >
              Lập biên nhận
            </Button>
          )}
        </Alert>
      )}
    </Stack>
  );
}

/** Kept for the lists: writing a receipt for a package received earlier. */
export async function downloadReceipt(packageId: string) {
  const r = await call("exchange.receipt", { packageId });
  await offerDownload(r.path, "reveal", r.fileName);
}
