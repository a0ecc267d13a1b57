import { useCan } from "../auth/use-can";
import { Button, Menu, Select, type SelectProps } from "@mantine/core";
import { IconDownload, IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { Fragment, Suspense, useMemo, useState } from "react";
import type { ImportKind, Unit } from "../../../electron/contract";
import { call } from "../../api/client";
import { offerDownload } from "../../api/files";
import { notifyError, useApiQuery } from "../../api/hooks";
import { lazyComponent } from "../../app/lazy-page";

export const toOptions = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Units in tree order with their depth, for indented tables and pickers. */
export function unitTree(units: Unit[]): { unit: Unit; depth: number; path: string }[] {
  const children = new Map<string | null, Unit[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: { unit: Unit; depth: number; path: string }[] = [];
  const walk = (parent: string | null, depth: number, path: string) => {
    for (const u of children.get(parent) ?? []) {
      const p = path ? `${path} › ${u.name}` : u.name;
      out.push({ unit: u, depth, path: p });
      walk(u.id, depth + 1, p);
    }
  };
  walk(null, 0, "");
  return out;
}

export function useUnits() {
  const list = useApiQuery("directory.listUnits", {});
  return useMemo(() => {
    const units = list.data ?? [];
    const tree = unitTree(units);
    return {
      units,
      tree,
      byId: new Map(units.map((u) => [u.id, u])),
      /** Select options labelled with the unit's path ("Xã A › Ấp 1"). */
      options: tree.map((t) => ({
        value: t.unit.id,
        label: t.unit.active ? t.path : `${t.path} (ngừng hoạt động)`,
      })),
      loading: list.isLoading,
    };
  }, [list.data, list.isLoading]);
}

/**
 * A unit picker (searchable, labelled with paths) that loads the units itself, so their arrival
 * re-renders the picker and not the page around it.
 */
export function UnitSelect(props: Omit<SelectProps, "data" | "searchable">) {
  const { options } = useUnits();
  return <Select data={options} searchable {...props} />;
}

/** The household head's gender: it decides "Hộ ông …" or "Hộ bà …" in every document. */
export function HeadGenderSelect(
  props: Omit<SelectProps, "data" | "value" | "onChange"> & {
    value: string;
    onChange: (g: "" | "nam" | "nu") => void;
  },
) {
  const { value, onChange, ...rest } = props;
  return (
    <Select
      label="Chủ hộ là"
      placeholder="Chọn ông hoặc bà"
      data={[
        { value: "nam", label: "Ông (nam)" },
        { value: "nu", label: "Bà (nữ)" },
      ]}
      value={value || null}
      onChange={(g) => onChange((g ?? "") as "" | "nam" | "nu")}
      description={value ? undefined : "Chưa chọn: văn bản in “Hộ ông (bà) …”"}
      {...rest}
    />
  );
}

export function useKinds() {
  const kinds = useApiQuery("directory.listKinds", {});
  return useMemo(() => {
    const unitKinds = kinds.data?.unitKinds ?? [];
    const categories = kinds.data?.personCategories ?? [];
    return {
      unitKinds,
      categories,
      unitKindLabel: new Map(unitKinds.map((k) => [k.code, k.label])),
      categoryLabel: new Map(categories.map((k) => [k.code, k.label])),
    };
  }, [kinds.data]);
}

// The import dialog (preview table, file handling) loads when first opened.
const ImportModal = lazyComponent(() => import("./ImportModal"), "ImportModal");

/** One "Excel" menu: import a file of each kind, or download its template. */
export function ImportButtons({ kinds }: { kinds: { kind: ImportKind; label: string }[] }) {
  const [open, setOpen] = useState<ImportKind | null>(null);
  // Importing writes: not offered to a role that may not (the backend refuses it anyway).
  const may = useCan()("directory.commitImport");
  const template = async (kind: ImportKind) => {
    try {
      const file = await call("directory.importTemplate", { kind });
      await offerDownload(file.path);
    } catch (e) {
      notifyError(e);
    }
  };
  if (!may) return null;
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />}>
            Nhập từ Excel
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {kinds.map(({ kind, label }) => (
            <Fragment key={kind}>
              <Menu.Label>{label}</Menu.Label>
              <Menu.Item leftSection={<IconUpload size={16} />} onClick={() => setOpen(kind)}>
                Nhập {label.toLowerCase()} từ tệp…
              </Menu.Item>
              <Menu.Item
                leftSection={<IconDownload size={16} />}
                onClick={() => void template(kind)}
              >
                Tải tệp mẫu {label.toLowerCase()}
              </Menu.Item>
            </Fragment>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Suspense>{open && <ImportModal kind={open} onClose={() => setOpen(null)} />}</Suspense>
    </>
  );
}

/** "Xuất Excel": writes the list as filtered on screen, then offers the file. */
export function ExportButton({
  run,
  disabled = false,
  title,
}: {
  run: () => Promise<{ path: string }>;
  disabled?: boolean;
  /** Why the button is disabled, shown on hover. */
  title?: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      loading={busy}
      disabled={disabled}
      title={title}
      onClick={() => {
        setBusy(true);
        run()
          .then((f) => offerDownload(f.path))
          .catch(notifyError)
          .finally(() => setBusy(false));
      }}
    >
      Xuất Excel
    </Button>
  );
}
