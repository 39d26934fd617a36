import "@shopify/ui-extensions/preact";
import { render } from "preact";
import { useState } from "preact/hooks";
import { copyAction } from "./copy-api";

// Drafts descriptions for the selected products as one resumable job; the merchant approves them in the app.
export default async () => {
  render(<Extension />, document.body);
};

function Extension() {
  const { i18n, close, data } = shopify;
  const productIds = data.selected.map((item: { id: string }) => item.id);
  const [result, setResult] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const generate = async () => {
    setBusy(true);
    try {
      const job = await copyAction<{ drafts: unknown[]; failures: unknown[] }>({ intent: "bulk", kind: "product-description", productIds });
      setResult(`${job.drafts.length} drafts ready for approval in the Aisle app${job.failures.length > 0 ? `, ${job.failures.length} failed` : ""}.`);
    } catch (caught) {
      setResult(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <s-admin-action heading={i18n.translate("title")}>
      <s-text>{result ?? `${productIds.length} products selected.`}</s-text>
      <s-button slot="primary-action" onClick={generate} loading={busy} disabled={result !== undefined}>
        {i18n.translate("generate")}
      </s-button>
      <s-button slot="secondary-actions" onClick={close}>
        {i18n.translate("close")}
      </s-button>
    </s-admin-action>
  );
}
