/**
 * The user menu (a disclosure, not an ARIA menu): the button shows the user's name; the panel
 * lists the roles, "Wachtwoord wijzigen" and "Afmelden". Escape or a click elsewhere closes it.
 */
import { useEffect, useId, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth } from "../auth";
import { useToast } from "../../components/Toast";

export function UserMenu() {
  const { t } = useTranslation("common");
  const { me, logout } = useAuth();
  const toast = useToast();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  if (!me) return null;
  const signOut = async () => {
    setOpen(false);
    try {
      await logout();
    } finally {
      toast.info(t("userMenu.signedOut"));
      navigate("/aanmelden", { replace: true });
    }
  };
  return (
    <div
      className="user-menu"
      ref={root}
      onBlur={(e) => {
        if (open && !root.current?.contains(e.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {me.displayName.slice(0, 1).toUpperCase()}
        </span>
        <span className="user-menu__name">{me.displayName}</span>
        <span className="visually-hidden">{t("userMenu.label")}</span>
        <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          <strong>{me.displayName}</strong>
          <br />
          <span className="muted">{me.email}</span>
        </p>
        <p className="user-menu__roles">
          <span className="muted">{t("userMenu.roles")}: </span>
          {me.roles.map((r) => t(`roles.${r}`)).join(", ")}
        </p>
        <ul className="user-menu__links">
          <li>
            <Link to="/app/wachtwoord" onClick={() => setOpen(false)}>
              {t("userMenu.changePassword")}
            </Link>
          </li>
          <li>
            <button type="button" className="link-button" onClick={() => void signOut()}>
              {t("userMenu.signOut")}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
