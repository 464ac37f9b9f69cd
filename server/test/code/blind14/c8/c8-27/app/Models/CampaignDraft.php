<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class CampaignDraft extends Model
{
    protected $fillable = ['brief', 'template_name', 'body', 'button', 'reviewer_notes', 'status', 'approved_by'];

    protected $attributes = ['status' => 'pending_review'];
}
