import { Tabs } from "@mantine/core";
import { useState } from "react";
import { PageHeader } from "../../components/PageHeader";
import { IdentityPanel } from "./IdentityPanel";
import { InboxPanel, OutboxPanel, UnitStatusPanel } from "./PackageLists";
import { ReceivePanel } from "./ReceivePanel";
import { SendPanel } from "./SendPanel";

/** Trao đổi dữ liệu: packages carried on a USB stick between a unit, its office and the upper level. */
export function ExchangePage() {
  const [tab, setTab] = useState<string | null>("gui");
  return (
    <>
      <PageHeader
        title="Trao đổi dữ liệu qua USB"
        description="Gửi và nhận gói dữ liệu đã ký giữa đơn vị, cơ quan thường trực và cấp trên: không cần mạng, không mất dữ liệu khi nhận lại hay có chỗ khác nhau."
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="gui">Gửi dữ liệu</Tabs.Tab>
          <Tabs.Tab value="nhan">Nhận dữ liệu</Tabs.Tab>
          <Tabs.Tab value="da-gui">Đã gửi</Tabs.Tab>
          <Tabs.Tab value="da-nhan">Đã nhận</Tabs.Tab>
          <Tabs.Tab value="theo-don-vi">Theo đơn vị</Tabs.Tab>
          <Tabs.Tab value="dinh-danh">Định danh</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="gui">
          <SendPanel onIdentity={() => setTab("dinh-danh")} />
        </Tabs.Panel>
        <Tabs.Panel value="nhan">
          <ReceivePanel />
        </Tabs.Panel>
        <Tabs.Panel value="da-gui">
          <OutboxPanel />
        </Tabs.Panel>
        <Tabs.Panel value="da-nhan">
          <InboxPanel />
        </Tabs.Panel>
        <Tabs.Panel value="theo-don-vi">
          <UnitStatusPanel />
        </Tabs.Panel>
        <Tabs.Panel value="dinh-danh">
          <IdentityPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
