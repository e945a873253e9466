// The few things a WebAssembly app asks of the browser: a file download and a draft in local storage.
window.clustersTic = {
  download: function (name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  },
  saveDraft: function (json) {
    try { localStorage.setItem("clusters-tic.self-assessment", json); } catch (e) { /* storage full or disabled */ }
  },
  loadDraft: function () {
    try { return localStorage.getItem("clusters-tic.self-assessment"); } catch (e) { return null; }
  }
};
