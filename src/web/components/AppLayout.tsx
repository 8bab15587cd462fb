import {
  AppShell,
  Badge,
  Burger,
  Center,
  Group,
  Loader,
  Menu,
  NavLink,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import {
  IconBell,
  IconBulb,
  IconChartBar,
  IconChevronDown,
  IconCoins,
  IconDots,
  IconFileAnalytics,
  IconFileImport,
  IconFolders,
  IconHome,
  IconInbox,
  IconKey,
  IconMail,
  IconReportAnalytics,
  IconRoute,
  IconScale,
  IconSearch,
  IconStethoscope,
  IconUsers,
  IconWebhook,
} from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, matchPath, Outlet, NavLink as RouterNavLink, useLocation } from "react-router";
import type { Me } from "../../domain/auth";
import type { InboxCounts } from "../../domain/inbox";
import { useInboxCounts } from "../api/inbox";
import classes from "./AppLayout.module.css";
import { Brand } from "./Brand";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { UserMenu } from "./UserMenu";

interface NavItem {
  to: string;
  label: string;
  icon: typeof IconFolders;
  /** A count shown beside the label, with the words a screen reader says for it. */
  badge?: { count: number; label: string };
  /** Only this very path is current (not the pages below it). */
  end?: boolean;
}

/** A heading in the header that opens a menu of sections; in the drawer, a labelled group. */
interface NavGroup {
  label: string;
  icon: typeof IconFolders;
  items: NavItem[];
}

type NavEntry = NavItem | NavGroup;

const isGroup = (entry: NavEntry): entry is NavGroup => "items" in entry;

/**
 * Sections of the application; actions such as "New project" live on the pages they belong to.
 * The everyday ones stay in the header; monitoring and the fund's reference pages are grouped in
 * menus so that the header fits a 1280-pixel laptop in every language.
 */
function navEntries(t: TFunction, me: Me, counts: InboxCounts | undefined): NavEntry[] {
  const badge = (count: number | undefined, key: string) =>
    count ? { count, label: t(key, { count }) } : undefined;
  return [
    { to: "/projects", label: t("nav.projects"), icon: IconFolders },
    { to: "/search", label: t("home.nav.search"), icon: IconSearch },
    { to: "/dashboard", label: t("home.nav.dashboards"), icon: IconChartBar, end: true },
    // Viewers and administrators act on no proposal: they have no "waiting for me" queue.
    ...(me.can.seeInbox
      ? [
          {
            to: "/inbox",
            label: t("navExtra.inbox"),
            icon: IconInbox,
            badge: badge(counts?.waiting, "navExtra.waitingCount"),
          },
        ]
      : []),
    {
      to: "/notifications",
      label: t("navExtra.notifications"),
      icon: IconBell,
      badge: badge(counts?.unreadNotifications, "navExtra.unreadCount"),
    },
    {
      label: t("home.nav.monitoring"),
      icon: IconStethoscope,
      items: [
        { to: "/reports", label: t("navMonitoring.reports"), icon: IconReportAnalytics },
        { to: "/knowledge", label: t("navMonitoring.knowledge"), icon: IconBulb },
        { to: "/dashboard/analysis", label: t("home.nav.analysis"), icon: IconFileAnalytics },
        { to: "/dashboard/spending", label: t("spending.page.nav"), icon: IconCoins },
      ],
    },
    {
      label: t("home.nav.more"),
      icon: IconDots,
      items: [
        { to: "/dashboard/funding-requirements", label: t("home.nav.fundingRequirements"), icon: IconCoins },
        { to: "/process", label: t("navExtra.process"), icon: IconRoute },
        { to: "/fund-rules", label: t("navExtra.fundRules"), icon: IconScale },
        { to: "/fund-rules/co-funding", label: t("cofunding.nav"), icon: IconCoins },
        ...(me.can.importProjects
          ? [{ to: "/admin/import", label: t("projectImport.nav"), icon: IconFileImport }]
          : []),
        ...(me.can.seeOutbox
          ? [{ to: "/admin/outbox", label: t("navMonitoring.outbox"), icon: IconMail }]
          : []),
        ...(me.can.administerWebhooks
          ? [{ to: "/admin/webhooks", label: t("webhooks.title"), icon: IconWebhook }]
          : []),
        ...(me.can.administerUsers
          ? [
              { to: "/admin/users", label: t("users.title"), icon: IconUsers },
              { to: "/admin/tokens", label: t("tokens.allTitle"), icon: IconKey },
            ]
          : []),
      ],
    },
  ];
}

function isCurrent(item: NavItem, pathname: string): boolean {
  return matchPath({ path: item.to, end: item.end ?? false }, pathname) !== null;
}

function CountBadge({ badge }: { badge: NavItem["badge"] }) {
  if (!badge) return null;
  return (
    // role="img" gives the number its words ("3 waiting") inside the link's name.
    <Badge role="img" aria-label={badge.label} size="sm" circle={badge.count < 10} className={classes.badge}>
      {badge.count > 99 ? "99+" : badge.count}
    </Badge>
  );
}

function DrawerLink({ item, pathname, onClick }: { item: NavItem; pathname: string; onClick: () => void }) {
  return (
    <NavLink
      component={RouterNavLink}
      to={item.to}
      end={item.end}
      label={item.label}
      leftSection={<item.icon size={18} aria-hidden />}
      rightSection={<CountBadge badge={item.badge} />}
      active={isCurrent(item, pathname)}
      onClick={onClick}
    />
  );
}

/** A header menu; its button looks current when one of its pages is. */
function NavMenu({ group, pathname }: { group: NavGroup; pathname: string }) {
  const current = group.items.some((item) => isCurrent(item, pathname));
  return (
    // Without the placeholder, axe finds only menu items inside the menu (aria-required-children).
    <Menu position="bottom-start" withinPortal width={240} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton className={classes.link} data-current={current || undefined}>
          {group.label}
          <IconChevronDown size={14} aria-hidden />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {group.items.map((item) => (
          <Menu.Item
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            leftSection={<item.icon size={16} aria-hidden />}
            className={classes.menuItem}
          >
            {item.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t("common.loading")} />
    </Center>
  );
}

/** The frame of every signed-in page: header with brand, navigation, language and user; burger below laptops. */
export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Five sections do not fit beside the brand and the user below a wide laptop: they move to the drawer.
  const narrow = useMediaQuery("(max-width: 74.99em)");
  const location = useLocation();
  const counts = useInboxCounts();
  const entries = navEntries(t, me, counts.data);
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: "lg", collapsed: { desktop: true, mobile: !opened } }}
      padding="md"
    >
      <a href="#main-content" className={classes.skip}>
        {t("nav.skip")}
      </a>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="lg"
              size="sm"
              aria-label={t(opened ? "nav.close" : "nav.open")}
            />
            <UnstyledButton
              component={Link}
              to="/"
              aria-label={`PRIMA, ${t("home.nav.home")}`}
              className={classes.brand}
            >
              <Brand />
            </UnstyledButton>
            <Group component="nav" aria-label={t("nav.main")} gap={2} visibleFrom="lg" wrap="nowrap">
              {entries.map((entry) =>
                isGroup(entry) ? (
                  <NavMenu key={entry.label} group={entry} pathname={location.pathname} />
                ) : (
                  <RouterNavLink key={entry.to} to={entry.to} end={entry.end} className={classes.link}>
                    {entry.label}
                    <CountBadge badge={entry.badge} />
                  </RouterNavLink>
                ),
              )}
            </Group>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        className={classes.drawer}
        aria-label={t("nav.mobile")}
        // Off-screen is not hidden: without this, the closed drawer stays in the tab order and for screen readers.
        style={{ visibility: opened && narrow ? "visible" : "hidden" }}
      >
        <DrawerLink
          item={{ to: "/", label: t("home.nav.home"), icon: IconHome, end: true }}
          pathname={location.pathname}
          onClick={close}
        />
        {entries.map((entry) =>
          isGroup(entry) ? (
            <div key={entry.label}>
              <Text size="xs" fw={700} c="gray.7" tt="uppercase" px="sm" pt="md" pb={4}>
                {entry.label}
              </Text>
              {entry.items.map((item) => (
                <DrawerLink key={item.to} item={item} pathname={location.pathname} onClick={close} />
              ))}
            </div>
          ) : (
            <DrawerLink key={entry.to} item={entry} pathname={location.pathname} onClick={close} />
          ),
        )}
      </AppShell.Navbar>

      <AppShell.Main className={classes.main} id="main-content" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
