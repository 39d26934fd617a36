import "@shopify/ui-extensions/preact";
import { render } from "preact";
import { useState } from "preact/hooks";
import { copyAction, type Draft } from "./copy-api";

// Drafts are written by Aisle and wait here for the merchant: nothing reaches the product before "Approve".
export default async () => {
  render(<Extension />, document.body);
};

function Extension() {
  const { i18n, close, data } = shopify;
  const productId = data.selected[0]?.id ?? "";
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const generate = () => run(async () => setDrafts((await copyAction<{ drafts: Draft[] }>({ intent: "draft", productId })).drafts));
  const approveAll = () =>
    run(async () => {
      for (const draft of drafts) {
        await copyAction({ intent: "approve", draftId: draft.id });
        await copyAction({ intent: "publish", draftId: draft.id });
      }
      close();
    });

  return (
    <s-admin-action heading={i18n.translate("title")}>
      <s-stack direction="block" gap="base">
        {error === undefined ? null : <s-banner tone="critical">{error}</s-banner>}
        {drafts.map((draft) => (
          <s-box key={draft.id} padding="base" border="base" borderRadius="base">
            <s-heading>{draft.kind === "seo-meta" ? "SEO" : "Description"}</s-heading>
            {Object.entries(draft.content).map(([field, value]) => (
              <s-text key={field}>{`${field}: ${Array.isArray(value) ? value.join(" · ") : String(value)}`}</s-text>
            ))}
            {draft.findings.length === 0 ? null : <s-text tone="caution">{`${draft.findings.length} findings to review`}</s-text>}
          </s-box>
        ))}
      </s-stack>
      {drafts.length === 0 ? (
        <s-button slot="primary-action" onClick={generate} loading={busy}>
          {i18n.translate("generate")}
        </s-button>
      ) : (
        <s-button slot="primary-action" onClick={approveAll} loading={busy}>
          {i18n.translate("approve")}
        </s-button>
      )}
      <s-button slot="secondary-actions" onClick={close}>
        {i18n.translate("close")}
      </s-button>
    </s-admin-action>
  );
}
