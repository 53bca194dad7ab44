/// The collector's one script, on the forms with a scale: moving a slider unticks its "not
/// applicable" box, so the value the teller chose is the one that is saved. The forms work
/// without it; the Content-Security-Policy allows no other script.
enum FormScript {
    static let path = "/formulier.js"
    static let text = """
        document.addEventListener("input", (event) => {
          const slider = event.target;
          if (!(slider instanceof HTMLInputElement) || slider.type !== "range") return;
          const box = document.getElementById(slider.id.replace(/^answer-/, "na-"));
          if (box) box.checked = false;
        });

        """
}
