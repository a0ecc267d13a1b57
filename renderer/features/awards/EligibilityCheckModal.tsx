import { Alert, Badge, Group, Modal, NumberInput, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { eligibilityLevels, type RecipientKind } from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";
import { eligibilityColor, EligibilityResults } from "../../components/EligibilityResults";
import { NomineeSelect } from "./NomineeSelect";
import { kindOptions, useAwardOptions } from "./options";

/**
 * Would this person, collective or household meet the conditions of an award for a year?
 * The same checks the dossiers run, read from the registry, ratings, discipline and initiatives.
 */
export function EligibilityCheckModal({
  defaultYear,
  onClose,
}: {
  defaultYear: number;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<RecipientKind>("ca_nhan");
  const [nominee, setNominee] = useState<string | null>(null);
  const [awardCode, setAwardCode] = useState<string | null>(null);
  const [year, setYear] = useState<number>(defaultYear);
  const awards = useAwardOptions(kind);
  const ready = !!nominee && !!awardCode && year >= 1945 && year <= 2100;
  const check = useApiQuery(
    "awards.checkEligibility",
    {
      nominations: ready
        ? [{ nominee: { kind, id: nominee, name: "" }, awardCode: awardCode, year }]
        : [],
    },
    { enabled: ready },
  );
  const result = ready ? check.data?.[0] : undefined;
  return (
    <Modal opened onClose={onClose} title="Kiểm tra điều kiện khen thưởng" size="lg">
      <Stack>
        <Group grow align="flex-start">
          <Select
            label="Loại đối tượng"
            data={kindOptions}
            allowDeselect={false}
            value={kind}
            onChange={(v) => {
              setKind((v ?? "ca_nhan") as RecipientKind);
              setNominee(null);
              setAwardCode(null);
            }}
          />
          <NumberInput
            label="Năm đề nghị"
            min={1945}
            max={2100}
            value={year}
            onChange={(v) => setYear(typeof v === "number" ? v : 0)}
          />
        </Group>
        <NomineeSelect key={kind} kind={kind} value={nominee} onChange={(id) => setNominee(id)} />
        <Select
          label="Hình thức, danh hiệu"
          withAsterisk
          searchable
          data={awards.options}
          value={awardCode}
          onChange={setAwardCode}
        />
        {!ready && (
          <Text size="sm" c="dimmed">
            Chọn đối tượng, hình thức và năm để xem kết quả.
          </Text>
        )}
        {check.error && ready && <Alert color="red">{check.error.message}</Alert>}
        {result && (
          <>
            <Group gap="xs">
              <Text fw={600}>Kết luận:</Text>
              <Badge color={eligibilityColor[result.level]} variant="light" size="lg">
                {eligibilityLevels[result.level]}
              </Badge>
            </Group>
            <EligibilityResults results={result.results} />
          </>
        )}
      </Stack>
    </Modal>
  );
}
