#pragma once
// The node and edge labels of the graph model (schema/README.md documents each; schema/age.sql
// creates them in AGE).

#include <array>
#include <string_view>

namespace kg::graph::label {

inline constexpr std::string_view kArticle = "Article";
inline constexpr std::string_view kPerson = "Person";
inline constexpr std::string_view kOffice = "Office";
inline constexpr std::string_view kCountry = "Country";
inline constexpr std::string_view kOrganization = "Organization";
inline constexpr std::string_view kPlace = "Place";
inline constexpr std::string_view kMeeting = "Meeting";
inline constexpr std::string_view kClaim = "Claim";

// Every node label, in the order to list them.
inline constexpr std::array kNodeLabels = {kArticle, kPerson, kOffice, kCountry, kOrganization, kPlace, kMeeting, kClaim};

inline constexpr std::string_view kHolds = "HOLDS";                // Person -> Office
inline constexpr std::string_view kOf = "OF";                      // Office/Organization -> Country
inline constexpr std::string_view kAttends = "ATTENDS";            // Person -> Meeting
inline constexpr std::string_view kInvolves = "INVOLVES";          // Meeting -> Country
inline constexpr std::string_view kHeldIn = "HELD_IN";             // Meeting -> Place
inline constexpr std::string_view kReports = "REPORTS";            // Article -> Claim
inline constexpr std::string_view kAttributedTo = "ATTRIBUTED_TO";  // Claim -> Person/Organization
inline constexpr std::string_view kAbout = "ABOUT";                // Claim -> any entity
inline constexpr std::string_view kMentions = "MENTIONS";          // Article -> entity

}  // namespace kg::graph::label
