import { ActionIcon, Tooltip } from "@mantine/core";
import { IconStar, IconStarFilled } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSetBookmark } from "../api/bookmarks";

/**
 * A star that bookmarks a project. It changes at once (optimistic) and goes back if the server
 * refuses; the user's last click wins over a `bookmarked` prop that has not caught up yet.
 */
export function BookmarkButton({
  projectId,
  code,
  bookmarked,
}: {
  projectId: string;
  code: string;
  bookmarked: boolean;
}) {
  const { t } = useTranslation();
  const mutation = useSetBookmark(projectId);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const on = chosen ?? bookmarked;
  const label = on ? t("home.bookmark.remove", { code }) : t("home.bookmark.add", { code });

  const toggle = () => {
    const next = !on;
    setChosen(next);
    mutation.mutate(next, { onError: () => setChosen(null) });
  };

  return (
    <Tooltip label={label} withArrow openDelay={400}>
      <ActionIcon
        variant="subtle"
        color={on ? "yellow.7" : "gray.7"}
        aria-label={label}
        onClick={toggle}
        data-bookmarked={on || undefined}
      >
        {on ? <IconStarFilled size={18} aria-hidden /> : <IconStar size={18} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
