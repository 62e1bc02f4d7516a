"""The desk's translated sentences for the registry's rules and import checks.

The core reports a problem in English with its specifics (the CLI and the rejects workbook show
that), plus a code and the specifics as arguments; the desk shows its own sentence for the code,
in the user's language, with the specifics isolated left-to-right inside Arabic text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmc_desktop.registry.dto import Issue
from ui.i18n import ltr


def _t(text: str) -> str:
    return QCoreApplication.translate("RegistryMessages", text)


def rule_message(code: str, fallback: str) -> str:
    """The sentence for a rule (a field of the form, a cell of an import); ``fallback`` otherwise."""
    messages = {
        "required": _t("This field is required."),
        "matricule_format": _t("The matricule is exactly 13 digits."),
        "cin_format": _t("The CIN is 1 or 2 letters followed by 5 or 6 digits (e.g. JA123456)."),
        "massar_format": _t("The Massar code is one letter followed by 9 digits."),
        "phone_format": _t("The number is 10 digits starting with 06 or 07."),
        "email_format": _t("This is not a valid e-mail address."),
        "arabic_in_latin": _t("Arabic letters are not accepted here; use the Arabic name field."),
        "no_letters": _t("This name contains no letters."),
        "too_long": _t("This text is too long."),
        "not_arabic": _t("Write this name in Arabic script."),
        "distance": _t("The distance is a number of kilometres between 0 and 2000."),
        "date_impossible": _t("This date does not exist."),
        "date_format": _t("Write the date as dd/mm/yyyy."),
        "birth_future": _t("The birth date must be in the past."),
        "birth_old": _t("This birth date gives an age over 80."),
        "age": _t("The age on 1 September is outside 15–30 years (33 with the bridging route) "
                  "for a diploma programme."),
        "duplicate": _t("Another trainee already has this number."),
        "sex": _t("Write H (homme) or F (femme)."),
        "status": _t("The status is one of: actif, suspendu, abandon, diplômé."),
        "yes_no": _t("Write oui or non."),
    }
    return messages.get(code, fallback)


def _check_template(code: str) -> str | None:
    """Sentences of the import's own checks; %1, %2… are the issue's arguments in order."""
    return {
        "formula": _t("The formula %1 is not accepted; paste the values instead."),
        "group_unknown": _t("Group %1 does not exist in the catalogue; create it first or correct the code."),
        "programme_mismatch": _t("Programme %1 in LibelleLong differs from the programme %3 of group %2."),
        "matricule_birth": _t("Matricule %1 does not start with the birth date %2."),
        "twice_in_file": _t("%1 appears twice in the file (also row %2)."),
        "cin_taken": _t("CIN %1 already belongs to the trainee with matricule %2."),
        "matricule_other_person": _t("Matricule %1 already belongs to %2, born %3, in the database; "
                                     "this row names another person."),
        "minor_no_guardian": _t("Minor (age %1) without a guardian contact."),
        "group_full": _t("Group %1 would hold %2 trainees for %3 places."),
    }.get(code)


def issue_text(issue: Issue) -> str:
    """What the import preview shows for one problem, in the user's language."""
    template = _check_template(issue.code)
    if template is not None:
        # Highest number first, so that %1 does not eat the start of %10.
        for i in range(len(issue.args), 0, -1):
            template = template.replace(f"%{i}", ltr(issue.args[i - 1]))
        return template
    sentence = rule_message(issue.code, "")
    if not sentence:
        return issue.message
    value = issue.args[0] if issue.args else ""
    return f"{ltr(value)} — {sentence}" if value else sentence
