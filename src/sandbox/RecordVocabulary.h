// The words and numbers the sandbox's records are made of, shared by the
// generator and the JSON writer of items and versions.
#pragma once

#include <QString>

#include <cstddef>

namespace RecordVocabulary {

// 2023-01-01T00:00:00Z: every generated time counts from here.
inline constexpr qint64 kEpoch = 1672531200;

enum Kind : quint64 {
    KindHub = 1,
    KindProject,
    KindFolder,
    KindItem,
    KindVersion,
    KindBucket,
    KindPlayground,
    KindText
};

inline constexpr const char* kNames[] = {
    "Façade Süd",
    "Plan d'étage",
    "設計図 第3版",
    "Ørsted Tower",
    "Zürich Hbf",
    "Ñandú Pavilion",
    "Δ Detail",
    "São Paulo Annex",
    "Kraków Depot",
    "Crème Café",
    "Ελληνικό Μουσείο",
    "Москва Сити",
    "Site plan",
    "Structural grid",
    "Level",
    "Roof \"north\" & drains",
};
inline constexpr const char* kExtensions[] = {".rvt", ".dwg", ".pdf", ".nwd", ".ifc", ".f3d"};
inline constexpr const char* kMimeTypes[] = {"application/vnd.autodesk.r360",
                                             "application/acad",
                                             "application/pdf",
                                             "application/vnd.autodesk.navisworks",
                                             "application/x-step",
                                             "application/vnd.autodesk.fusion360"};
inline constexpr const char* kTags[] = {"architecture", "structure",  "mep",      "issued",
                                        "draft",        "for review", "as-built", "ünïcødé"};
inline constexpr const char* kPeople[] = {"Ada Lovelace",      "Grace Hopper", "Zoë Ångström",
                                          "Oluwaseun Adébáyọ̀", "李小龍",       "Ægir Þórsson"};
inline constexpr const char* kDisciplines[] = {"Architecture", "Structure", "Mechanical",
                                               "Electrical",   "Plumbing",  "Civil"};

// Items are created 37 minutes apart, wrapping every ten years so that even
// billions of items keep plausible, printable timestamps.
inline qint64 itemAge(qint64 item)
{
    return (item * 37 * 60) % (10 * 365 * 86400);
}

inline quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

template <std::size_t N> inline QString pick(const char* const (&list)[N], quint64 value)
{
    return QString::fromUtf8(list[value % N]);
}

} // namespace RecordVocabulary
