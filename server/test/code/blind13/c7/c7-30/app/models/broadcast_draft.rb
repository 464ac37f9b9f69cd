class BroadcastDraft < ApplicationRecord
  enum :status, { pending_review: 0, approved: 1, rejected: 2, submitted: 3 }
  belongs_to :campaign
  belongs_to :reviewer, class_name: "User", optional: true
end
