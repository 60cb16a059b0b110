/**
 * Button and ButtonLink: one look for every action.
 *
 * <Button variant="primary|secondary|danger|ghost" busy={saving} type="submit">Opslaan</Button>
 * - type defaults to "button" (never submits by accident);
 * - `busy` disables the button, sets aria-busy and shows a spinner next to the label;
 * - `size="small"` for table rows and toolbars.
 * <ButtonLink to="/app/gebruikers/nieuw">…</ButtonLink> is a router link styled as a button
 * (navigation stays a link for assistive technology).
 */
import type { ComponentPropsWithRef, ReactNode } from "react";
import { Link, type LinkProps } from "react-router";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: ButtonVariant;
  size?: "normal" | "small";
  busy?: boolean;
  icon?: ReactNode;
}

export function buttonClass(variant: ButtonVariant = "secondary", size: "normal" | "small" = "normal", extra?: string): string {
  return ["btn", `btn--${variant}`, size === "small" ? "btn--small" : "", extra ?? ""].filter(Boolean).join(" ");
}

export function Button({ variant = "secondary", size = "normal", busy = false, icon, type = "button", disabled, className, children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} className={buttonClass(variant, size, className)} disabled={disabled || busy} aria-busy={busy || undefined}>
      {busy ? <span className="spinner" aria-hidden="true" /> : icon ? <span className="btn__icon" aria-hidden="true">{icon}</span> : null}
      <span>{children}</span>
    </button>
  );
}

export interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
  size?: "normal" | "small";
}

export function ButtonLink({ variant = "secondary", size = "normal", className, ...rest }: ButtonLinkProps) {
  return <Link {...rest} className={buttonClass(variant, size, className)} />;
}
