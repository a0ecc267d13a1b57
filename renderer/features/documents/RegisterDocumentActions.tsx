import { Badge, Button, Group, Table, type ButtonProps } from "@mantine/core";
import { useState, type ReactNode } from "react";
import {
  documentFileName,
  documentStateLabels,
  formatDate,
  type DocumentRow,
} from "../../../electron/contract";
import { offerDownload } from "../../api/files";
import { notifyError, useApiMutation } from "../../api/hooks";
import { IssueModal } from "./IssueModal";
import { PreviewModal } from "./PreviewModal";

/** "Xem trước" and "Mở bằng Word" for one document of the register. */
export function DocumentOpenButtons({
  doc,
  onPreview,
  size,
  variant,
}: {
  doc: DocumentRow;
  onPreview: (d: DocumentRow) => void;
  size?: ButtonProps["size"];
  variant?: ButtonProps["variant"];
}) {
  return (
    <>
      <Button size={size} variant={variant} onClick={() => onPreview(doc)}>
        Xem trước
      </Button>
      <Button
        size={size}
        variant={variant}
        onClick={() =>
          void offerDownload(doc.filePath, "open", documentFileName(doc, "docx")).catch(notifyError)
        }
      >
        Mở bằng Word
      </Button>
    </>
  );
}

/**
 * One register document's buttons: preview, Word, “Tạo lại” for an outdated draft, and
 * “Ban hành (cấp số)” for a draft this page may issue (`canIssue`, every draft by default).
 */
export function RegisterDocumentActions({
  doc,
  onPreview,
  onIssue,
  canIssue = () => true,
}: {
  doc: DocumentRow;
  onPreview: (d: DocumentRow) => void;
  onIssue: (d: DocumentRow) => void;
  canIssue?: (d: DocumentRow) => boolean;
}) {
  const regenerate = useApiMutation("documents.regenerate", { success: "Đã tạo lại văn bản" });
  const draft = doc.state === "du_thao";
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <DocumentOpenButtons doc={doc} onPreview={onPreview} size="xs" variant="subtle" />
      {draft && doc.outdated && (
        <Button size="xs" variant="subtle" onClick={() => regenerate.mutate({ id: doc.id })}>
          Tạo lại
        </Button>
      )}
      {draft && canIssue(doc) && (
        <Button size="xs" variant="subtle" onClick={() => onIssue(doc)}>
          Ban hành (cấp số)
        </Button>
      )}
    </Group>
  );
}

/** “Dự thảo” or “Đã ban hành”, and “Dữ liệu đã đổi” on a draft whose data changed since. */
export function DocumentStateBadges({ doc }: { doc: DocumentRow }) {
  const draft = doc.state === "du_thao";
  return (
    <>
      <Badge variant="light" color={draft ? "gray" : "teal"}>
        {documentStateLabels[doc.state]}
      </Badge>
      {doc.outdated && draft && (
        <Badge variant="light" color="yellow" ml={4}>
          Dữ liệu đã đổi
        </Badge>
      )}
    </>
  );
}

/** Register documents as a table: number, summary, date, state and the buttons of each. */
export function RegisterDocumentTable({
  docs,
  onPreview,
  onIssue,
  canIssue,
}: {
  docs: DocumentRow[];
  onPreview: (d: DocumentRow) => void;
  onIssue: (d: DocumentRow) => void;
  canIssue?: (d: DocumentRow) => boolean;
}) {
  return (
    <Table>
      <Table.Tbody>
        {docs.map((doc) => (
          <Table.Tr key={doc.id}>
            <Table.Td>{doc.number}</Table.Td>
            <Table.Td>{doc.summary}</Table.Td>
            <Table.Td>{formatDate(doc.docDate)}</Table.Td>
            <Table.Td>
              <DocumentStateBadges doc={doc} />
            </Table.Td>
            <Table.Td>
              <RegisterDocumentActions
                doc={doc}
                onPreview={onPreview}
                onIssue={onIssue}
                canIssue={canIssue}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The preview and issue dialogs a page opens for its register documents: `preview(doc)` and
 * `issue(doc)` open them, `dialogs` is rendered once in the page.
 */
export function useDocumentDialogs(): {
  preview: (d: DocumentRow) => void;
  issue: (d: DocumentRow) => void;
  dialogs: ReactNode;
} {
  const [previewing, setPreviewing] = useState<DocumentRow | null>(null);
  const [issuing, setIssuing] = useState<DocumentRow | null>(null);
  return {
    preview: setPreviewing,
    issue: setIssuing,
    dialogs: (
      <>
        {previewing && <PreviewModal doc={previewing} onClose={() => setPreviewing(null)} />}
        {issuing && <IssueModal doc={issuing} onClose={() => setIssuing(null)} />}
      </>
    ),
  };
}
