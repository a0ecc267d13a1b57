import { Button, Group, Modal, Text } from "@mantine/core";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from "react";
import { useBlocker, type BlockerFunction } from "react-router";

export interface UnsavedChanges {
  /** Runs `action` (another unit, another year, another tab) at once, or after the officer agrees to
   * lose what is not saved yet. */
  confirmDiscard(action: () => void): void;
  /** Runs a navigation the page makes itself after saving or deleting, without asking. */
  leaveWithoutAsking(navigation: () => void): void;
}

interface Registry extends UnsavedChanges {
  /** One token per form on screen that holds input not saved yet. */
  dirty: Set<object>;
  /** True while the page navigates on its own after saving or deleting. */
  leaving: RefObject<boolean>;
}

const Context = createContext<Registry | null>(null);

/**
 * Every form that can hold unsaved input says so with `useUnsavedChangesGuard`; leaving its page
 * (side menu, search, back) then asks first, one modal for the whole app, and closing the window
 * warns too.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [dirty] = useState(() => new Set<object>());
  const leaving = useRef(false);
  const [pending, setPending] = useState<{ run: () => void } | null>(null);
  const registry = useMemo<Registry>(
    () => ({
      dirty,
      leaving,
      confirmDiscard: (run) => (dirty.size ? setPending({ run }) : run()),
      leaveWithoutAsking: (navigation) => {
        leaving.current = true;
        try {
          navigation();
        } finally {
          leaving.current = false;
        }
      },
    }),
    [dirty, leaving],
  );
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.size) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  return (
    <Context value={registry}>
      {children}
      <LeavePrompt registry={registry} pending={pending} onSettled={() => setPending(null)} />
    </Context>
  );
}

/** Apart from the provider so that only this re-renders when the router's state changes. */
function LeavePrompt({
  registry: { dirty, leaving },
  pending,
  onSettled,
}: {
  registry: Registry;
  pending: { run: () => void } | null;
  onSettled: () => void;
}) {
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirty.size > 0 && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
    [dirty, leaving],
  );
  const blocker = useBlocker(shouldBlock);
  const stay = () => {
    blocker.reset?.();
    onSettled();
  };
  const discard = () => {
    if (blocker.state === "blocked") blocker.proceed();
    else pending?.run();
    onSettled();
  };
  return (
    <Modal
      opened={blocker.state === "blocked" || pending !== null}
      onClose={stay}
      title="Bỏ thay đổi chưa lưu?"
      zIndex={400}
    >
      <Text size="sm">
        Trên trang này có nội dung vừa nhập nhưng chưa lưu. Nếu bỏ thay đổi, nội dung đó sẽ mất.
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={stay} data-autofocus>
          Ở lại
        </Button>
        <Button color="red" onClick={discard}>
          Bỏ thay đổi
        </Button>
      </Group>
    </Modal>
  );
}

function useRegistry(): Registry {
  const registry = useContext(Context);
  if (!registry) throw new Error("UnsavedChangesProvider is missing");
  return registry;
}

/** The app's unsaved-changes guard, for a change within a page that would drop a form's input. */
export function useUnsavedChanges(): UnsavedChanges {
  return useRegistry();
}

/** Declares that this form holds input not saved yet while `dirty` is true. */
export function useUnsavedChangesGuard(dirty: boolean): UnsavedChanges {
  const registry = useRegistry();
  useEffect(() => {
    if (!dirty) return;
    const token = {};
    registry.dirty.add(token);
    return () => void registry.dirty.delete(token);
  }, [registry, dirty]);
  return registry;
}
