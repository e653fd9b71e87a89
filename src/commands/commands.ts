/* Ribbon commands. In the shared runtime they run in the task pane's page. */
void Office.onReady(() => {
  Office.actions.associate("showTaskpane", (event: Office.AddinCommands.Event) => {
    void Office.addin.showAsTaskpane().finally(() => event.completed());
  });
});
