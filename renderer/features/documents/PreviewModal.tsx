import { Alert, Button, Group, Image, Loader, Modal, Stack, Text } from "@mantine/core";
import { useEffect } from "react";
import { documentFileName, type DocumentRow } from "../../../electron/contract";
import { useApiMutation } from "../../api/hooks";
import { offerDownload } from "../../api/files";

/** The document as its printed pages, rendered through its PDF. */
export function PreviewModal({ doc, onClose }: { doc: DocumentRow; onClose: () => void }) {
  const preview = useApiMutation("documents.preview");
  const { mutate } = preview;
  useEffect(() => {
    mutate({ id: doc.id });
  }, [doc.id, mutate]);
  return (
    <Modal opened onClose={onClose} title={`Xem trước: ${doc.number} — ${doc.summary}`} size="auto">
      <Stack align="center">
        {preview.isPending && (
          <Group>
            <Loader size="sm" />
            <Text size="sm">Đang dựng bản xem trước…</Text>
          </Group>
        )}
        {preview.isError && <Alert color="red">{preview.error.message}</Alert>}
        {preview.data && !preview.data.complete && (
          <Alert color="yellow">Chỉ xem được trang đầu; hãy xuất PDF để xem toàn bộ.</Alert>
        )}
        {preview.data?.pages.map((src, i) => (
          <Image
            key={i}
            src={src}
            alt={`Trang ${i + 1}`}
            w={620}
            style={{ boxShadow: "0 1px 6px rgba(0,0,0,.25)" }}
          />
        ))}
        {preview.data && (
          <Button
            variant="light"
            onClick={() =>
              void offerDownload(preview.data.pdfPath, "open", documentFileName(doc, "pdf"))
            }
          >
            Mở tệp PDF
          </Button>
        )}
      </Stack>
    </Modal>
  );
}
