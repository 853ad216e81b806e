// The dashboard's help: a short Vietnamese description of every tab, in a side panel opened from the top bar.
export function initHelp() {
  const dialog = document.getElementById('help-dialog');
  document.getElementById('help-open').addEventListener('click', () => {
    if (!dialog.open) dialog.showModal();
  });
  dialog.querySelector('.dialog-close').addEventListener('click', () => dialog.close());
}
