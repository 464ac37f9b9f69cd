module Admin
  class BroadcastsController < ApplicationController
    before_action :require_marketing!

    def create
      campaign = Campaign.find(params[:campaign_id])
      BroadcastDrafter.new.call(campaign)
      redirect_to admin_campaign_path(campaign), notice: "Rascunhos gerados. Revise antes de aprovar."
    end

    def approve
      draft = BroadcastDraft.find(params[:id])
      draft.update!(status: :approved, final_text: params.require(:final_text), reviewer: current_user)
      SubmitTemplateJob.perform_async(draft.id)
      redirect_to admin_campaign_path(draft.campaign), notice: "Enviado para aprovação da Meta."
    end
  end
end
