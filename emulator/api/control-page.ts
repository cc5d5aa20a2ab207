// GET /__emulator/: the sessions at a glance, with buttons to decide them (for demos).
import { OUTCOMES } from "../decisions";
import type { Emulator } from "../emulator";

const escape = (text: unknown) => String(text ?? "").replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function controlPage(emulator: Emulator): string {
  emulator.expireStaleSessions();
  const sessions = [...emulator.store.sessions.values()].reverse();
  const rows = sessions
    .map((session) => {
      const attempt = session.attempts.at(-1);
      const buttons = Object.keys(OUTCOMES)
        .map(
          (status) =>
            `<button data-session="${escape(session.id)}" data-status="${status}">${status.replace("_", " ")}</button>`,
        )
        .join("");
      return `<tr>
        <td><code>${escape(session.id)}</code><br><small>${escape(session.vendorData)}</small></td>
        <td><span class="status ${escape(session.status)}">${escape(session.status)}</span></td>
        <td>${session.attempts.length}</td>
        <td>${escape(attempt?.media.map((media) => media.context).join(", ") || "none")}</td>
        <td>${escape(session.createdAt.toISOString())}</td>
        <td class="actions">${buttons}</td>
      </tr>`;
    })
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Veriff emulator</title>
<style>
  body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem; color: #1c1c1c; }
  h1 { font-size: 1.3rem; } table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  .status { padding: .1rem .5rem; border-radius: 1rem; background: #eee; }
  .approved { background: #d8f5dd; } .declined { background: #fadada; } .resubmission_requested, .review { background: #fdf0c8; }
  .actions button { margin: 0 .25rem .25rem 0; min-height: 32px; cursor: pointer; }
  @media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } th, td { border-color: #333; } .status { color: #111; } }
</style></head>
<body>
<h1>Veriff emulator</h1>
<p>${sessions.length} session(s). API at <code>${escape(emulator.baseUrl)}/v1</code>; webhooks to <code>${escape(emulator.config.webhookUrl ?? "(none)")}</code>.</p>
<table><thead><tr><th>Session</th><th>Status</th><th>Attempts</th><th>Media (latest attempt)</th><th>Created (UTC)</th><th>Decide now</th></tr></thead>
<tbody>${rows || `<tr><td colspan="6">No sessions yet.</td></tr>`}</tbody></table>
<script>
  document.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-session]");
    if (!button) return;
    button.disabled = true;
    await fetch("/__emulator/sessions/" + button.dataset.session + "/decision", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ status: button.dataset.status }),
    });
    location.reload();
  });
</script>
</body></html>`;
}
